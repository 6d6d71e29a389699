/**
 * The verdict where the learner is looking: over the leg, top right, in a word or two, with a
 * warning when the stroke pressed too hard and the drill's grade when one is chosen. The panel
 * has the details (and announces them).
 */
import { usePracticeStore } from '../../state/practiceStore';
import { VERDICT_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.drills;
const stage = practiceStrings.stage;

export function StageVerdict() {
  const verdict = usePracticeStore((s) => s.current?.analysis.verdict ?? null);
  const grade = usePracticeStore((s) => s.current?.grade?.grade ?? null);
  const tooFirm = usePracticeStore((s) => (s.current?.analysis.pressureExcesses.length ?? 0) > 0);
  const keepOff = usePracticeStore((s) => (s.current?.analysis.keepOffCrossings.length ?? 0) > 0);
  const drawing = usePracticeStore((s) => s.drawing);
  if (verdict === null || drawing) return null;
  return (
    <div
      className={`practice-stage-verdict practice-verdict--${verdict}`}
      data-testid="stage-verdict"
    >
      <span>{VERDICT_LABELS[verdict]}</span>
      {keepOff && <span className="practice-stage-warning">{stage.keepOff}</span>}
      {tooFirm && <span className="practice-stage-warning">{stage.tooFirm}</span>}
      {grade && (
        <span className="practice-stage-grade">{grade === 'pass' ? t.pass : t.tryAgain}</span>
      )}
    </div>
  );
}
