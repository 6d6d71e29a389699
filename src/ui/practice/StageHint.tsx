/** The one-line instruction over the leg: how to draw, and how to turn the view. */
import { usePracticeStore } from '../../state/practiceStore';
import { practiceStrings } from '../strings';

export function StageHint() {
  const drawing = usePracticeStore((s) => s.drawing);
  return (
    <p className="practice-hint" data-testid="practice-hint">
      {drawing ? practiceStrings.hint.drawing : practiceStrings.hint.idle}
    </p>
  );
}
