import type { Page } from '@playwright/test';

/**
 * Timings taken inside the page, on its own clock, so the benchmark's round trips to the browser do
 * not count. "Painted" is the first animation frame after the DOM shows the thing.
 */

/** Milliseconds from the start of navigation to the first article rows painted. */
export async function firstRowsMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const check = () => (document.querySelector('.article-row__open') ? requestAnimationFrame(() => done(performance.now())) : requestAnimationFrame(check));
        check();
      }),
  );
}

/** Milliseconds from a click on the `index`th row's title to the article's body shown in the reader's frame. */
export async function openArticleMs(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (row) =>
      new Promise<number>((done, fail) => {
        const title = document.querySelectorAll<HTMLElement>('.article-row__open')[row];
        if (!title) return fail(new Error(`No row ${row} to open`));
        const start = performance.now();
        title.click();
        const check = () => {
          const body = document.querySelector('iframe')?.contentDocument?.body;
          if (body && body.childElementCount > 0 && body.getBoundingClientRect().height > 0) requestAnimationFrame(() => done(performance.now() - start));
          else requestAnimationFrame(check);
        };
        check();
      }),
    index,
  );
}

/** The time between animation frames while the list scrolls down steadily for `seconds`. */
export async function scrollFrameMs(page: Page, seconds: number, pixelsPerFrame: number): Promise<number[]> {
  return page.evaluate(
    ({ seconds, pixelsPerFrame }) =>
      new Promise<number[]>((done) => {
        const frames: number[] = [];
        let last = performance.now();
        const end = last + seconds * 1000;
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          window.scrollBy(0, pixelsPerFrame);
          if (now < end) requestAnimationFrame(step);
          else done(frames.slice(1)); // the first interval includes the wait for the first frame
        };
        requestAnimationFrame(step);
      }),
    { seconds, pixelsPerFrame },
  );
}
