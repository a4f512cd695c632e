import { expect, test } from './fixtures/harnessTest';
import { longArticle } from './fixtures/longArticle';

const story = longArticle();

test.describe('reading settings', () => {
  test.use({ seed: { articles: [story] }, viewport: { width: 1100, height: 760 } });

  test('apply at once without reloading the article, keep the place, and persist across reopening', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    await expect(readerPage.body.locator('#the-end')).toBeAttached();
    // A mark on the frame's document: a reloaded frame would lose it.
    await readerPage.body.locator('body').evaluate((body) => (body.dataset.kept = 'yes'));
    await readerPage.scrollTo(0.5);
    const before = await readerPage.textStyle();
    expect(before.fontSize).toBe('19px');

    await readerPage.openSettings();
    await readerPage.settingsPanel.getByRole('button', { name: 'Larger text' }).click();
    await readerPage.settingsPanel.getByRole('button', { name: 'Larger text' }).click();
    await readerPage.settingsPanel.getByRole('button', { name: 'Looser lines' }).click();
    await readerPage.choice('Sans').click();
    await readerPage.choice('Narrow').click();

    await expect.poll(() => readerPage.textStyle()).toMatchObject({ fontSize: '21px', lineHeight: "35.7px" });
    const after = await readerPage.textStyle();
    expect(after.fontFamily).not.toBe(before.fontFamily);
    expect(after.width).toBeLessThan(before.width);
    expect(await readerPage.body.locator('body').getAttribute('data-kept')).toBe('yes');
    expect(await readerPage.scrolled()).toBeCloseTo(0.5, 1);
    await expect(readerPage.settingsPanel.getByRole('group', { name: 'Text size' })).toContainText('21 px');

    await readerPage.choice('OpenDyslexic').click();
    await expect.poll(() => readerPage.dyslexicFontLoaded()).toBe(true);

    await page.reload();
    await libraryPage.openArticle(story.article.title);
    await expect.poll(() => readerPage.textStyle()).toMatchObject({ fontSize: '21px', lineHeight: "35.7px" });
    expect((await readerPage.textStyle()).fontFamily).toContain('OpenDyslexic');
    await readerPage.openSettings();
    await expect(readerPage.choice('OpenDyslexic')).toBeChecked();
    await expect(readerPage.choice('Narrow')).toBeChecked();
  });

  test('the theme applies to the article and the app alike', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    await readerPage.openSettings();
    await readerPage.choice('Dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(readerPage.body.locator('html')).toHaveAttribute('data-theme', 'dark');
    await readerPage.choice('Sepia').click();
    await expect(readerPage.body.locator('html')).toHaveAttribute('data-theme', 'sepia');
  });
});
