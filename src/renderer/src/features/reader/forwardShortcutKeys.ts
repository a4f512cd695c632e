import { isShortcutOf } from '../shortcuts/shortcuts';

/**
 * Key presses inside the article frame stay in the frame's own document, so the app's shortcuts
 * would not hear them while the article has focus. This passes on the reader's keys (and only
 * those: arrows, space and copying stay with the frame) as if they had been pressed in the app.
 */
export function forwardShortcutKeys(frameDoc: Document, to: Window): void {
  frameDoc.addEventListener('keydown', (event) => {
    if (!isShortcutOf('reader', event)) return;
    const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
    const forwarded = new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, altKey, shiftKey, cancelable: true });
    if (!to.dispatchEvent(forwarded)) event.preventDefault();
  });
}
