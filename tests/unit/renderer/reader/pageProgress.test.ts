import { describe, expect, it, vi } from 'vitest';
import { pageProgress, scrollToProgress } from '../../../../src/renderer/src/features/reader/pageProgress';

const page = (scrollHeight: number, innerHeight: number, scrollY = 0) =>
  ({ document: { documentElement: { scrollHeight } }, innerHeight, scrollY, scrollTo: vi.fn() }) as unknown as Window & {
    scrollTo: ReturnType<typeof vi.fn>;
  };

describe('pageProgress', () => {
  it('is the share of the scrollable height passed', () => {
    expect(pageProgress(page(3000, 1000, 0))).toBe(0);
    expect(pageProgress(page(3000, 1000, 500))).toBe(0.25);
    expect(pageProgress(page(3000, 1000, 2000))).toBe(1);
  });

  it('counts a page that fits on the screen as read to its end', () => {
    expect(pageProgress(page(800, 1000))).toBe(1);
  });

  it('is where scrollToProgress goes back to', () => {
    const win = page(3000, 1000);
    scrollToProgress(0.25, win);
    expect(win.scrollTo).toHaveBeenCalledWith(0, 500);
    const short = page(800, 1000);
    scrollToProgress(0.5, short);
    expect(short.scrollTo).not.toHaveBeenCalled();
  });
});
