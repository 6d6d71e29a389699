import type { Timeline } from '../../protocol/motion/types';
import type { Phase } from '../../protocol/schema';
import { LEG_LABELS } from '../strings';

interface ScrubberSegmentsProps {
  timeline: Timeline | null;
  phases: readonly Pick<Phase, 'name' | 'technique'>[];
  /** Index of the span under the playhead, drawn in bold. */
  currentSpan: number;
}

/**
 * One segment per phase span, as wide as its share of the lesson, labelled with the phase's
 * number and name and patterned by technique (so it does not rely on colour alone).
 */
export function ScrubberSegments({ timeline, phases, currentSpan }: ScrubberSegmentsProps) {
  const spans = timeline?.spans ?? [];
  const twoLegs = (timeline?.legs.length ?? 0) > 1;
  return (
    <div className="trainer-segments" aria-hidden="true">
      {spans.map((span, index) => {
        const phase = phases[span.phaseIndex];
        const label = `${span.phaseIndex + 1}. ${phase?.name ?? span.phaseId}${
          twoLegs ? ` (${LEG_LABELS[span.leg]})` : ''
        }`;
        return (
          <div
            key={`${span.leg}-${span.phaseId}-${index}`}
            className={`trainer-segment trainer-segment--${phase?.technique ?? 'effleurage'}`}
            data-current={index === currentSpan ? 'true' : undefined}
            style={{ flexGrow: Math.max(0, span.end - span.start) }}
            title={label}
          >
            <span className="trainer-segment-label">{label}</span>
          </div>
        );
      })}
    </div>
  );
}
