/**
 * The verdict where the learner is looking: over the leg, top right, in a word or two, with the
 * drill's grade when one is chosen. The panel has the details (and announces them).
 */
import { usePracticeStore } from '../../state/practiceStore';
import { VERDICT_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.drills;

export function StageVerdict() {
  const verdict = usePracticeStore((s) => s.current?.analysis.verdict ?? null);
  const grade = usePracticeStore((s) => s.current?.grade?.grade ?? null);
  const drawing = usePracticeStore((s) => s.drawing);
  if (verdict === null || drawing) return null;
  return (
    <div
      className={`practice-stage-verdict practice-verdict--${verdict}`}
      data-testid="stage-verdict"
    >
      <span>{VERDICT_LABELS[verdict]}</span>
      {grade && (
        <span className="practice-stage-grade">{grade === 'pass' ? t.pass : t.tryAgain}</span>
      )}
    </div>
  );
}
