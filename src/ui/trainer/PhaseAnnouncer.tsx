import type { Protocol } from '../../protocol/schema';
import { useSetupStore } from '../../state/setupStore';
import { strings, trainerStrings } from '../strings';
import { useCurrentSpan } from './useCurrentSpan';

/**
 * A polite live region that tells screen-reader users when the phase changes
 * ("Phase 2 of 4: Calf: kneading (petrissage)"). Mount it once, where it is never hidden.
 */
export function PhaseAnnouncer({ protocol }: { protocol: Protocol }) {
  const showingSetup = useSetupStore((s) => s.showingSetup);
  const { timeline, span } = useCurrentSpan();
  const phase = span === undefined ? undefined : protocol.phases[span.phaseIndex];
  const total = protocol.phases.length;
  const a = trainerStrings.announce;
  let message = '';
  if (showingSetup) message = strings.setup.title;
  else if (span !== undefined && phase !== undefined) {
    message =
      timeline !== null && timeline.legs.length > 1
        ? a.phaseOnLeg(span.phaseIndex + 1, total, phase.name, span.leg)
        : a.phase(span.phaseIndex + 1, total, phase.name);
  }
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="phase-announcer"
    >
      {message}
    </div>
  );
}
