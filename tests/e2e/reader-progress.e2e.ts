import { expect, test } from './fixtures/harnessTest';
import { longArticle } from './fixtures/longArticle';

const story = longArticle();
const id = story.article.id;

test.describe('reading progress', () => {
  test.use({ seed: { articles: [story] }, viewport: { width: 1000, height: 700 } });

  test('is shown, saved while reading, and restored when the article is reopened', async ({ libraryPage, readerPage }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    await expect(readerPage.body.locator('#the-end')).toBeAttached();
    await expect(readerPage.progressBar).toHaveAttribute('aria-valuenow', '0');

    await readerPage.scrollTo(0.4);
    await expect(readerPage.progressBar).toHaveAttribute('aria-valuenow', '40');
    // Saved within about a second, while still reading.
    await expect.poll(async () => (await readerPage.record(id)).progress, { timeout: 3000 }).toBeCloseTo(0.4, 2);

    await readerPage.scrollTo(0.6);
    await readerPage.back();
    // Leaving saves at once.
    expect((await readerPage.record(id)).progress).toBeCloseTo(0.6, 2);
    expect((await readerPage.record(id)).read).toBe(false);

    await libraryPage.showView('all');
    await libraryPage.openArticle(story.article.title);
    await expect.poll(() => readerPage.scrolled()).toBeCloseTo(0.6, 1);
    await expect(readerPage.progressBar).toHaveAttribute('aria-valuenow', '60');
  });

  test('reaching the end marks the article read, unless it was marked unread during this reading', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    await expect(readerPage.body.locator('#the-end')).toBeAttached();
    await readerPage.scrollTo(1);
    await expect.poll(async () => (await readerPage.record(id)).read).toBe(true);
    await expect(readerPage.action('Mark unread')).toBeVisible();

    await readerPage.action('Mark unread').click();
    await expect.poll(async () => (await readerPage.record(id)).read).toBe(false);
    await readerPage.scrollTo(0.5);
    await readerPage.scrollTo(1);
    await page.waitForTimeout(1500);
    expect((await readerPage.record(id)).read).toBe(false);
  });
});
