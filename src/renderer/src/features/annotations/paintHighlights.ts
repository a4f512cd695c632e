import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/model/annotation';

type FrameWindow = Window & typeof globalThis;

/** The name a colour paints under in the frame's highlight registry (see highlightColors.css). */
const paintName = (color: HighlightColor) => `na-${color}`;
const ACTIVE = 'na-active';
const FLASH = 'na-flash';
/** How long a highlight flashes when the reader is taken to it. */
export const FLASH_MS = 1500;

/**
 * Paints highlights with the CSS Custom Highlight API: the browser draws them over the text
 * without a single change to the article's DOM, so they follow every reflow (font, size, width,
 * spacing) by themselves. One registry entry per colour; what was painted before is replaced.
 */
export function paintHighlights(win: Window, ranges: ReadonlyArray<{ color: HighlightColor; range: Range }>): void {
  const { CSS, Highlight } = win as FrameWindow;
  for (const color of HIGHLIGHT_COLORS) {
    const ofColor = ranges.filter((painted) => painted.color === color).map(({ range }) => range);
    CSS.highlights.set(paintName(color), new Highlight(...ofColor));
  }
}

/** Underlines the highlight a popover acts on, or none. */
export function markActive(win: Window, range: Range | null): void {
  const { CSS, Highlight } = win as FrameWindow;
  if (!range) return void CSS.highlights.delete(ACTIVE);
  const active = new Highlight(range);
  active.priority = 1;
  CSS.highlights.set(ACTIVE, active);
}

/** Lights a highlight up for a moment, over its colour; a newer flash replaces an older one. */
export function flashRange(win: Window, range: Range): void {
  const { CSS, Highlight } = win as FrameWindow;
  const flash = new Highlight(range);
  flash.priority = 2;
  CSS.highlights.set(FLASH, flash);
  // The app's timer: nothing runs in the sandboxed frame, its timers included.
  setTimeout(() => {
    if (CSS.highlights.get(FLASH) === flash) CSS.highlights.delete(FLASH);
  }, FLASH_MS);
}
