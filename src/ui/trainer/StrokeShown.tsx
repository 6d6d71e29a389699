import type { Timeline } from '../../protocol/motion/types';
import type { Phase } from '../../protocol/schema';
import { capitalise, describeLane } from '../describe';
import { STROKE_KIND_LABELS } from '../strings';
import { strokeAt } from './currentPhase';
import { useClockSnapshot } from './useClock';
import { useProtocolLang } from '../useProtocolLang';

/** The stroke the hands are making now, in words (re-renders only when the stroke changes). */
export function StrokeShown({ timeline, phase }: { timeline: Timeline | null; phase: Phase }) {
  const strokeId = useClockSnapshot((t) =>
    timeline === null ? null : (strokeAt(timeline, phase, t)?.id ?? null),
  );
  const lang = useProtocolLang();
  const stroke = phase.strokes.find((s) => s.id === strokeId) ?? phase.strokes[0];
  if (stroke === undefined) return null;
  return (
    <div className="trainer-stroke" data-testid="stroke-shown">
      <p className="lane-path">
        <strong>{STROKE_KIND_LABELS[stroke.kind]}</strong>, {describeLane(stroke)}.
      </p>
      <p className="lane-description" {...lang}>
        {capitalise(stroke.description)}
      </p>
    </div>
  );
}
