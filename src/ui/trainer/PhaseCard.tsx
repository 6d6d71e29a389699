import { useRef } from 'react';
import type { Protocol } from '../../protocol/schema';
import {
  DEPTH_LABELS,
  PRESSURE_LABELS,
  strings,
  TECHNIQUE_LABELS,
  trainerStrings,
} from '../strings';
import { ValveNote } from '../flow/ValveNote';
import { CueList } from './CueList';
import { PhaseTime } from './PhaseTime';
import { PressureRings } from './PressureRings';
import { StrokeShown } from './StrokeShown';
import { useCurrentSpan } from './useCurrentSpan';
import { usePhaseCardInView } from './usePhaseCardInView';
import { useProtocolLang } from '../useProtocolLang';

/**
 * The phase under the playhead: how to work (technique, depth, pressure, hands), the stroke being
 * shown and what the valves do for it, how far into the phase, why, and the cues. Re-renders when the phase or stroke changes;
 * the time writes itself.
 */
export function PhaseCard({ protocol }: { protocol: Protocol }) {
  const lang = useProtocolLang();
  const { timeline, span } = useCurrentSpan();
  const phaseIndex = span?.phaseIndex ?? 0;
  const phase = protocol.phases[phaseIndex];
  const card = useRef<HTMLElement>(null);
  usePhaseCardInView(card, phaseIndex);
  if (phase === undefined) return null;
  const p = strings.phases;
  const showLeg = timeline !== null && timeline.legs.length > 1 && span !== undefined;
  return (
    <section
      ref={card}
      className="trainer-card"
      data-testid="phase-card"
      aria-labelledby="trainer-phase-heading"
    >
      <h2 id="trainer-phase-heading" className="phase-heading">
        <span className="phase-number">
          {p.phaseNumber(phaseIndex + 1, protocol.phases.length)}
          {showLeg && `, ${trainerStrings.phaseCard.leg(span.leg)}`}
        </span>
        <span className="phase-name" {...lang}>
          {phase.name}
        </span>
      </h2>
      {timeline === null && <p className="trainer-note">{trainerStrings.phaseCard.loading}</p>}
      {/* How to work and the stroke shown come first, so they fit on a laptop's first screen. */}
      <dl className="trainer-facts">
        <div>
          <dt>{p.pressure}</dt>
          <dd className="trainer-pressure">
            <PressureRings pressure={phase.pressure} />
            <strong>{PRESSURE_LABELS[phase.pressure]}</strong>
          </dd>
        </div>
        <div>
          <dt>{p.technique}</dt>
          <dd>{TECHNIQUE_LABELS[phase.technique]}</dd>
        </div>
      </dl>
      <h3 className="trainer-subheading">{trainerStrings.phaseCard.strokeShown}</h3>
      <StrokeShown timeline={timeline} phase={phase} />
      <dl className="trainer-facts trainer-facts--more">
        <div>
          <dt>{p.depth}</dt>
          <dd>{DEPTH_LABELS[phase.depth]}</dd>
        </div>
        <div>
          <dt>{p.hands}</dt>
          <dd {...lang}>{phase.hands.text}</dd>
        </div>
        <div>
          <dt>{trainerStrings.phaseCard.timeInPhase}</dt>
          <dd>
            <PhaseTime span={span} />
          </dd>
        </div>
      </dl>
      <ValveNote />
      <h3 className="trainer-subheading">{p.purpose}</h3>
      <p {...lang}>{phase.purpose}</p>
      <h3 className="trainer-subheading">{p.cues}</h3>
      <CueList cues={phase.cues} span={span} />
    </section>
  );
}
