import type { Protocol } from '../../protocol/schema';
import { useSetupStore } from '../../state/setupStore';
import { useViewStore } from '../../state/viewStore';
import { strings } from '../strings';
import { cueIndexAt } from './currentPhase';
import { useClockSnapshot } from './useClock';
import { useCurrentSpan } from './useCurrentSpan';
import { useProtocolLang } from '../useProtocolLang';

/**
 * In presenter mode, a large caption over the bottom of the stage: the phase and the cue for
 * this moment of it (during setup: the first step not yet ticked).
 */
export function PresenterCaption({ protocol }: { protocol: Protocol }) {
  const presenter = useViewStore((s) => s.presenter);
  if (!presenter) return null;
  return (
    <div className="trainer-caption" data-testid="presenter-caption">
      <CaptionText protocol={protocol} />
    </div>
  );
}

function CaptionText({ protocol }: { protocol: Protocol }) {
  const lang = useProtocolLang();
  const showingSetup = useSetupStore((s) => s.showingSetup);
  const ticked = useSetupStore((s) => s.ticked);
  const { span } = useCurrentSpan();
  const phaseIndex = span?.phaseIndex ?? 0;
  const phase = protocol.phases[phaseIndex];
  const cueIndex = useClockSnapshot((t) =>
    span === undefined || phase === undefined ? 0 : cueIndexAt(span, t, phase.cues.length),
  );
  if (showingSetup) {
    const next = protocol.setup.find((step) => ticked[step.id] !== true) ?? protocol.setup[0];
    return (
      <>
        <p className="trainer-caption-phase">{strings.setup.title}</p>
        {next !== undefined && (
          <p className="trainer-caption-cue" {...lang}>
            {next.text}
          </p>
        )}
      </>
    );
  }
  if (phase === undefined) return null;
  return (
    <>
      <p className="trainer-caption-phase">
        {strings.phases.phaseNumber(phaseIndex + 1, protocol.phases.length)}:{' '}
        <span {...lang}>{phase.name}</span>
      </p>
      <p className="trainer-caption-cue" {...lang}>
        {phase.cues[cueIndex] ?? phase.cues[0]}
      </p>
    </>
  );
}
