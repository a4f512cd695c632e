import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { nightTrain, sampleLibrary } from './fixtures/sampleArticles';

// Pictures of the main screens in both colour schemes, for a person to look at (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 } });

    test('empty library', async ({ libraryPage, page }) => {
      await libraryPage.open();
      await expect(libraryPage.welcome).toBeVisible();
      await shoot(page, `empty-${colorScheme}`);
    });

    test.describe('seeded library', () => {
      test.use({ seed: { articles: sampleLibrary, overwriteFiles: { 'records/settings.json': '' } } });

      test('list and reader', async ({ libraryPage, readerPage, page }) => {
        await libraryPage.open();
        await libraryPage.showView('all');
        await expect(libraryPage.items).toHaveCount(3);
        await shoot(page, `library-${colorScheme}`);
        await libraryPage.openArticle(nightTrain.article.title);
        await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();
        await shoot(page, `reader-${colorScheme}`);
      });
    });
  });
}

test.describe('sepia theme', () => {
  test.use({ seed: { articles: sampleLibrary } });

  test('reader', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('sepia');
    await libraryPage.openArticle(nightTrain.article.title);
    await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();
    await shoot(page, 'reader-sepia');
  });
});
