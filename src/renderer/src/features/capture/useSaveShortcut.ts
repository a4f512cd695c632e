import { useEffect } from 'react';
import { isEditableTarget } from '../../lib/isEditableTarget';
import { SAVE_SHORTCUT } from '../../lib/shortcut';

/**
 * Ctrl/⌘+S anywhere opens the Save dialog, except while typing in a field (the dialog's own
 * address field handles it itself). The browser's "save page" never opens. Keep `onSave` stable.
 */
export function useSaveShortcut(onSave: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!SAVE_SHORTCUT.matches(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (!isEditableTarget(event.target)) onSave();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSave]);
}
