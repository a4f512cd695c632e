import { useLayoutEffect, useRef } from 'react';
import { isEditableTarget } from '../../lib/isEditableTarget';
import { keyMatches, SHORTCUTS, type ShortcutId } from './shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** Keys pressed inside a modal dialog belong to it: the page behind is inert, its shortcuts too. */
const insideDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog[open]') !== null;

/**
 * Runs the handler of a declared shortcut when its key is pressed, unless the person is typing in a
 * field, a modal dialog is in front, or something else already handled the key. Only the shortcuts
 * given handlers are live, so a screen takes exactly the keys it can act on. Handlers may change on
 * every render. Layout effects, so the keys are live as soon as the screen is on show: a key
 * pressed right after it appears is never lost to a not-yet-run passive effect.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target) || insideDialog(event.target)) return;
      const shortcut = SHORTCUTS.find(({ id, keys }) => current.current[id] && keys.some((key) => keyMatches(key, event)));
      if (!shortcut) return;
      event.preventDefault();
      current.current[shortcut.id]?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
