import { ProtocolErrorsDialog } from './ProtocolErrorsDialog';
import { useProtocolDrop } from './useProtocolDrop';
import { useProtocolFileStore } from '../../state/protocolFileStore';

/**
 * What protocol files need on every screen: dropping a file anywhere opens it, a rejected file
 * is explained in a dialog, and the outcome is announced. Mount once.
 */
export function ProtocolFileLayer() {
  const status = useProtocolFileStore((s) => s.status);
  useProtocolDrop();
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
      <ProtocolErrorsDialog />
    </>
  );
}
