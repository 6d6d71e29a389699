/**
 * Practice mode: the learner draws a stroke on the leg and gets it checked. This shell shows
 * the leg without the lesson's hands; the tracing tools live in src/scene/practice and here.
 */
import { TrainerStage } from '../TrainerStage';

export function PracticeLayout() {
  return (
    <div className="trainer" data-testid="practice">
      <TrainerStage />
    </div>
  );
}
