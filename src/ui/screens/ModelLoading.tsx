/**
 * The stage while the 3D leg loads: what is happening and a progress bar (exact while the model
 * file downloads, then indeterminate while the 3D code starts). Drawn above the stage's cards.
 */
import { useLegStore } from '../../state/legStore';
import { SCREEN_TEXT } from '../strings';

export function ModelLoading() {
  const share = useLegStore((s) => (s.status.kind === 'loading' ? s.status.share : 1));
  const percent = share === undefined ? undefined : Math.round(share * 100);
  return (
    <div className="stage-loading" role="status" data-testid="model-loading">
      <p className="stage-loading-text">{SCREEN_TEXT.loading}</p>
      <progress
        className="stage-loading-bar"
        max={100}
        value={percent === undefined || percent >= 100 ? undefined : percent}
        aria-label={
          percent === undefined || percent >= 100
            ? SCREEN_TEXT.loading
            : SCREEN_TEXT.loadingProgress(percent)
        }
      />
    </div>
  );
}
