/**
 * Practice draws on the standing leg: the lesson's setup picture (the leg raised on a wedge)
 * is put away while practice is shown and brought back on leaving, so the lesson is where the
 * learner left it. A layout effect, so the scene mounts with the leg already standing.
 */
import { useLayoutEffect } from 'react';
import { useSetupStore } from '../../state/setupStore';

export function useStandingLeg(): void {
  useLayoutEffect(() => {
    const setup = useSetupStore.getState;
    const wasSettingUp = setup().showingSetup;
    if (wasSettingUp) setup().setShowingSetup(false);
    return () => {
      if (wasSettingUp && !setup().showingSetup) setup().setShowingSetup(true);
    };
  }, []);
}
