import type { Phase } from '../../protocol/schema';
import { regionLabels } from '../describe';
import { DEPTH_LABELS, PRESSURE_LABELS, strings, TECHNIQUE_LABELS } from '../strings';
import { BeyondGuideNotes } from './BeyondGuideNotes';
import { PacingNote } from './PacingNote';
import { phaseAnchor } from './sectionIds';
import { StrokeLaneList } from './StrokeLaneList';
import { useProtocolLang } from '../useProtocolLang';

interface PhaseSectionProps {
  phase: Phase;
  /** 1-based position of the phase in the session. */
  number: number;
  total: number;
  /** This phase's share of a full session, in percent (Proximal's pacing). */
  sharePercent: number;
}

/** One phase: how, where and why, its stroke lanes in words, the cues and the teaching pace. */
export function PhaseSection({ phase, number, total, sharePercent }: PhaseSectionProps) {
  const lang = useProtocolLang();
  const anchor = phaseAnchor(phase.id);
  const headingId = `${anchor}-heading`;
  return (
    <section id={anchor} className="phase" aria-labelledby={headingId}>
      <h3 id={headingId} className="phase-heading">
        <span className="phase-number">{strings.phases.phaseNumber(number, total)}</span>
        <span className="phase-name" {...lang}>
          {phase.name}
        </span>
      </h3>
      <dl className="phase-facts">
        <div>
          <dt>{strings.phases.technique}</dt>
          <dd>{TECHNIQUE_LABELS[phase.technique]}</dd>
        </div>
        <div>
          <dt>{strings.phases.depth}</dt>
          <dd>{DEPTH_LABELS[phase.depth]}</dd>
        </div>
        <div>
          <dt>{strings.phases.pressure}</dt>
          <dd>{PRESSURE_LABELS[phase.pressure]}</dd>
        </div>
        <div>
          <dt>{strings.phases.hands}</dt>
          <dd {...lang}>{phase.hands.text}</dd>
        </div>
        <div>
          <dt>{strings.phases.regions}</dt>
          <dd>
            <ul className="inline-list">
              {regionLabels(phase.regions).map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <h4>{strings.phases.strokes}</h4>
      <StrokeLaneList strokes={phase.strokes} />
      <h4>{strings.phases.purpose}</h4>
      <p {...lang}>{phase.purpose}</p>
      <BeyondGuideNotes notes={phase.notes} />
      <h4>{strings.phases.cues}</h4>
      <ul className="cues">
        {phase.cues.map((cue) => (
          <li key={cue} {...lang}>
            {cue}
          </li>
        ))}
      </ul>
      <PacingNote pacing={phase.pacing} sharePercent={sharePercent} />
    </section>
  );
}
