import { useEffect, useRef } from 'react';
import { isEditableTarget } from '../../lib/isEditableTarget';

/**
 * While something floats over the article (`onEscape` given), Esc closes it before the reader's own
 * Esc can leave the article. Both windows are watched in their capture phase: the app's, and the
 * article frame's, whose keys would otherwise be passed on to the app as the reader's (see
 * forwardShortcutKeys). A field being typed in keeps its own Esc (a note editor drops the writing).
 */
export function useEscapeFirst(onEscape: (() => void) | null, frame: HTMLIFrameElement | null): void {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  const active = onEscape !== null;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditableTarget(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current?.();
    };
    const windows = [window, frame?.contentWindow].filter((win): win is Window => !!win);
    for (const win of windows) win.addEventListener('keydown', onKeyDown, true);
    return () => windows.forEach((win) => win.removeEventListener('keydown', onKeyDown, true));
  }, [active, frame]);
}
