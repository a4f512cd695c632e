/** A box in the page's coordinates (scrolling moves it with the page). */
export interface PageBox {
  top: number;
  bottom: number;
  left: number;
}

/**
 * Where the last line of `range` (in the frame's document) sits on the app's page: the frame is
 * as tall as its content and never scrolls, so its viewport coordinates only need the frame's offset.
 */
export function pageBoxOf(frame: HTMLIFrameElement, range: Range): PageBox | null {
  const lines = range.getClientRects();
  const last = lines[lines.length - 1];
  if (!last) return null;
  const frameBox = frame.getBoundingClientRect();
  const win = frame.ownerDocument.defaultView ?? window;
  return { top: last.top + frameBox.top + win.scrollY, bottom: last.bottom + frameBox.top + win.scrollY, left: last.left + frameBox.left + win.scrollX };
}

/** Scrolls the page so that `range` stands a third of the way down the window. */
export function scrollToRange(frame: HTMLIFrameElement, range: Range): void {
  const win = frame.ownerDocument.defaultView ?? window;
  const top = range.getBoundingClientRect().top + frame.getBoundingClientRect().top + win.scrollY;
  const calm = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  win.scrollTo({ top: Math.max(0, top - win.innerHeight / 3), behavior: calm ? 'auto' : 'smooth' });
}
