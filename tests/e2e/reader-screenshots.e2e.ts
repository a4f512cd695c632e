import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { nightTrain, sampleLibrary } from './fixtures/sampleArticles';

// The reader with its settings open, and the shortcuts, in each theme, for a person to look at (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ seed: { articles: sampleLibrary, settings: { theme, readerFont: 'dyslexic' } }, viewport: { width: 1100, height: 760 } });

    test('reader with its settings, and the shortcuts', async ({ libraryPage, readerPage, page }) => {
      await libraryPage.open();
      await libraryPage.openArticle(nightTrain.article.title);
      await expect.poll(() => readerPage.dyslexicFontLoaded()).toBe(true);
      await readerPage.openSettings();
      await shoot(page, `reader-settings-${theme}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await shoot(page, `help-${theme}`);
    });
  });
}
