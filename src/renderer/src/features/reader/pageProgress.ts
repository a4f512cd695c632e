/** From here on an article counts as read: its end is on screen. */
export const END_OF_ARTICLE = 0.99;

/** How far down the page the reader is, 0..1; a page that fits on the screen is read to its end. */
export function pageProgress(win: Window = window): number {
  const scrollable = win.document.documentElement.scrollHeight - win.innerHeight;
  return scrollable <= 0 ? 1 : Math.min(1, Math.max(0, win.scrollY / scrollable));
}

/** Scrolls the page to `progress` of its scrollable height. */
export function scrollToProgress(progress: number, win: Window = window): void {
  const scrollable = win.document.documentElement.scrollHeight - win.innerHeight;
  if (scrollable > 0) win.scrollTo(0, Math.round(progress * scrollable));
}
