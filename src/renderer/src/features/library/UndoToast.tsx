import { useEffect } from 'react';
import type { Toast } from './useArticleActions';
import './UndoToast.css';

/** Long enough to notice a mistake and reach the button, short enough not to linger. */
export const TOAST_MS = 8000;

interface UndoToastProps {
  toast: Toast | null;
  onDismiss: () => void;
}

/**
 * Reports what an action did, with Undo while it can be taken back. The live region stays in the
 * page even when empty, so screen readers announce each new message.
 */
export function UndoToast({ toast, onDismiss }: UndoToastProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="undo-toast" role="status" aria-live="polite">
      {toast && (
        <div className="undo-toast__box">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" className="button button--small undo-toast__undo" onClick={toast.undo}>
              Undo
            </button>
          )}
          <button type="button" className="button button--small button--quiet" aria-label="Dismiss the message" onClick={onDismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
