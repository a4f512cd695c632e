import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { NEWS_STORY } from './fixtures/newsPage';
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

    test.describe('saving', () => {
      test.use({ seed: { articles: sampleLibrary, settings: { allowLocalNetwork: true } } });

      test('save dialog, jobs panel, settings, and a saved article with its provenance', async ({
        libraryPage,
        saveDialog,
        jobsPanel,
        readerPage,
        settingsMenu,
        newsSite,
        page,
      }) => {
        await libraryPage.open();
        await saveDialog.open();
        await saveDialog.address.fill('gopher://old.example/story');
        await saveDialog.saveButton.click();
        await expect(saveDialog.problem).toBeVisible();
        await shoot(page, `save-dialog-${colorScheme}`);
        await saveDialog.address.fill(newsSite.storyUrl);
        await saveDialog.saveButton.click();
        await saveDialog.saveAddress(newsSite.slowUrl);
        await saveDialog.saveAddress('http://127.0.0.1:9/');
        await expect(jobsPanel.job(NEWS_STORY.title)).toContainText('Saved');
        await expect(jobsPanel.job('http://127.0.0.1:9/')).toHaveClass(/job--failed/);
        await expect(jobsPanel.job(newsSite.slowUrl)).toContainText('Downloading…');
        await page.screenshot({ path: `test-results/screenshots/jobs-panel-${colorScheme}.png` });

        await settingsMenu.open();
        await page.screenshot({ path: `test-results/screenshots/settings-${colorScheme}.png` });
        await page.keyboard.press('Escape');

        await jobsPanel.cancelButton(jobsPanel.job(newsSite.slowUrl)).click();
        await jobsPanel.openButton(jobsPanel.job(NEWS_STORY.title)).click();
        await expect.poll(() => readerPage.imagesLoaded()).toEqual([true, true]);
        await readerPage.aboutThisCopy.click();
        await expect(readerPage.fact('SHA-256 of the text')).toBeVisible();
        await shoot(page, `reader-saved-${colorScheme}`);
      });
    });
  });
}

test.describe('sepia theme', () => {
  test.use({ seed: { articles: sampleLibrary } });

  test('reader', async ({ libraryPage, readerPage, settingsMenu, page }) => {
    await libraryPage.open();
    await settingsMenu.chooseTheme('Sepia');
    await page.keyboard.press('Escape');
    await libraryPage.openArticle(nightTrain.article.title);
    await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();
    await shoot(page, 'reader-sepia');
  });
});
