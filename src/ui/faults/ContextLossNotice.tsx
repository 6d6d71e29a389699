import { useContextLossStore } from '../../state/contextLossStore';
import { STAGE_TEXT } from '../strings';
import './faults.css';

/** Over the stage while the 3D view's graphics context is lost and being restored. */
export function ContextLossNotice() {
  const lost = useContextLossStore((s) => s.lost);
  return (
    <div className="context-loss-status" role="status" aria-live="polite">
      {lost && (
        <p className="context-loss-notice" data-testid="context-lost">
          {STAGE_TEXT.contextLost}
        </p>
      )}
    </div>
  );
}
