import { afterEach, describe, expect, it, vi } from 'vitest';
import { FLASH_MS, flashRange, markActive, paintHighlights } from '../../../../src/renderer/src/features/annotations/paintHighlights';

afterEach(() => vi.useRealTimers());

/** jsdom has no CSS Custom Highlight API: a window with a registry and Highlight sets stands in. */
function frameWindow() {
  class Highlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const highlights = new Map<string, Highlight>();
  const win = { CSS: { highlights }, Highlight } as unknown as Window;
  return { win, highlights };
}

const range = () => document.createRange();

describe('paintHighlights', () => {
  it('paints each colour under its own name and clears colours no longer used', () => {
    const { win, highlights } = frameWindow();
    const [a, b, c] = [range(), range(), range()];
    paintHighlights(win, [
      { color: 'yellow', range: a },
      { color: 'blue', range: b },
      { color: 'yellow', range: c },
    ]);
    expect([...highlights.get('na-yellow')!]).toEqual([a, c]);
    expect([...highlights.get('na-blue')!]).toEqual([b]);
    paintHighlights(win, [{ color: 'blue', range: b }]);
    expect(highlights.get('na-yellow')!.size).toBe(0);
  });

  it('flashes a highlight above the colours for a moment', () => {
    vi.useFakeTimers();
    const { win, highlights } = frameWindow();
    const flashed = range();
    flashRange(win, flashed);
    expect([...highlights.get('na-flash')!]).toEqual([flashed]);
    expect(highlights.get('na-flash')!.priority).toBeGreaterThan(0);
    vi.advanceTimersByTime(FLASH_MS);
    expect(highlights.has('na-flash')).toBe(false);
  });

  it('underlines the highlight a popover acts on, and lets go of it', () => {
    const { win, highlights } = frameWindow();
    const active = range();
    markActive(win, active);
    expect([...highlights.get('na-active')!]).toEqual([active]);
    markActive(win, null);
    expect(highlights.has('na-active')).toBe(false);
  });
});
