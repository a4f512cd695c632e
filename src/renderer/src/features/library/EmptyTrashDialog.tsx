import { useEffect, useId, useRef } from 'react';
import { countArticles } from './articleActions';
import './EmptyTrashDialog.css';

interface EmptyTrashDialogProps {
  /** How many articles the Trash holds; the dialog shows while this is not null. */
  count: number | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before the one action that cannot be undone. A native modal <dialog>: the page behind is inert,
 * Esc cancels, and the safe choice, Cancel, has the focus.
 */
export function EmptyTrashDialog({ count, onConfirm, onClose }: EmptyTrashDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ids = { title: useId(), text: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (count !== null && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (count === null && dialog.open) {
      dialog.close();
    }
  }, [count]);

  return (
    <dialog ref={dialogRef} className="modal confirm-dialog" aria-labelledby={ids.title} aria-describedby={ids.text} onClose={onClose}>
      <h2 id={ids.title} className="modal__title">
        Empty the Trash?
      </h2>
      <p id={ids.text}>
        This deletes {countArticles(count ?? 0)} from the disk for good, text and images included. It cannot be undone.
      </p>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button confirm-dialog__danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          Delete for good
        </button>
      </div>
    </dialog>
  );
}
