import { useEffect } from 'react';
import { isEditableTarget } from '../../lib/isEditableTarget';
import { readTransfer, type TransferContents } from './readTransfer';

/**
 * A paste anywhere outside a text field saves what was pasted: a link, a page's HTML, text or
 * files. Off while `enabled` is false (a dialog is open). Keep `onContents` stable.
 */
export function usePasteToSave(enabled: boolean, onContents: (contents: TransferContents) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      if (!event.clipboardData || isEditableTarget(event.target)) return;
      event.preventDefault();
      void readTransfer(event.clipboardData).then(onContents);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled, onContents]);
}
