/**
 * The trainer: the learning panel beside the 3D stage, the transport underneath. Panels and
 * overlays are plain DOM; only the stage draws 3D.
 */
import { TrainerStage } from './TrainerStage';

export function TrainerLayout() {
  return (
    <div className="trainer" data-testid="trainer">
      <TrainerStage />
    </div>
  );
}
