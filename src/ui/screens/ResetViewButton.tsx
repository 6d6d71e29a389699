/** On the stage, always in reach: back to the framed view after turning or zooming the leg. */
import { useViewStore } from '../../state/viewStore';
import { ResetViewIcon } from '../icons/StageIcons';
import { SCREEN_TEXT } from '../strings';

export function ResetViewButton() {
  return (
    <button
      type="button"
      className="stage-tool stage-reset-view"
      title={SCREEN_TEXT.resetView}
      data-testid="reset-view"
      onClick={() => useViewStore.getState().resetView()}
    >
      <ResetViewIcon />
      <span className="stage-tool-label">{SCREEN_TEXT.resetView}</span>
    </button>
  );
}
