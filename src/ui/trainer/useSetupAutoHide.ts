import { useEffect } from 'react';
import { hideSetupWhenLessonMoves } from '../../state/setupStore';

/** Hides the setup step once the lesson moves off its start (see `setupStore`). */
export function useSetupAutoHide(): void {
  useEffect(() => hideSetupWhenLessonMoves(), []);
}
