import { useEffect, useId, useRef, type ReactNode } from 'react';
import { trainerStrings } from '../strings';

interface ModalProps {
  open: boolean;
  /** Called when the dialog closes by its button, Escape or the browser. */
  onClose: () => void;
  title: string;
  /** `data-testid` of the dialog element. */
  testId?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A modal `<dialog>`: the page behind it is inert while it is open, Escape closes it, and focus
 * goes back to where it was. Opened and closed by the `open` prop.
 *
 * Focus is given back by the browser itself, at the moment the dialog closes (the HTML dialog's
 * "previously focused element"). Doing it again from the `close` event would be late: that event
 * is queued, and on a busy page it can arrive after the user has moved on, pulling focus back to
 * the opener so the next Space presses it instead of playing.
 */
export function Modal({ open, onClose, title, testId, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`trainer-modal ${className ?? ''}`.trim()}
      aria-labelledby={headingId}
      data-testid={testId}
      onClose={onClose}
    >
      <div className="trainer-modal-header">
        <h2 id={headingId} className="trainer-modal-title">
          {title}
        </h2>
        <button type="button" className="trainer-button" onClick={() => ref.current?.close()}>
          {trainerStrings.modal.close}
        </button>
      </div>
      <div className="trainer-modal-body">{children}</div>
    </dialog>
  );
}
