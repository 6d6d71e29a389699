import type { PhaseSpan } from '../../protocol/motion/types';
import { cueIndexAt } from './currentPhase';
import { useClockSnapshot } from './useClock';
import { useProtocolLang } from '../useProtocolLang';

/** A phase's cues, the one for this moment of the phase marked (as the presenter caption shows). */
export function CueList({ cues, span }: { cues: readonly string[]; span: PhaseSpan | undefined }) {
  const lang = useProtocolLang();
  const current = useClockSnapshot((t) =>
    span === undefined ? -1 : cueIndexAt(span, t, cues.length),
  );
  return (
    <ul className="cues trainer-cues" {...lang}>
      {cues.map((cue, index) => (
        <li key={cue} className={index === current ? 'trainer-cue--current' : undefined}>
          {cue}
        </li>
      ))}
    </ul>
  );
}
