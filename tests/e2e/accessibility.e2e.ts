import type { Theme } from '../../src/shared/model/settings';
import { expect, test } from './fixtures/harnessTest';
import { wcagViolations as violations } from './fixtures/wcagViolations';
import { longArticle } from './fixtures/longArticle';
import { nightTrain, sampleLibrary } from './fixtures/sampleArticles';
import { HighlightsView } from './pages/HighlightsView';
import { makeTarget } from '../support/makeHighlight';

/**
 * Every WCAG 2 A and AA rule axe checks, as "rule: targets" lines. Axe cannot run inside the
 * reader's frame (its sandbox forbids scripts, axe's included, and axe's frame-by-frame mode then
 * stalls), so axe checks the app's own document and ReaderPage.lowestTextContrast the frame's text.
 */

for (const theme of ['light', 'sepia', 'dark'] as const satisfies readonly Theme[]) {
  test.describe(`${theme} theme`, () => {
    test.describe('empty library', () => {
      test.use({ seed: { settings: { theme } } });

      test('has no WCAG A or AA violations', async ({ libraryPage, page }) => {
        await libraryPage.open();
        await expect(libraryPage.welcome).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });

    test.describe('seeded library', () => {
      test.use({
        seed: {
          settings: { theme },
          articles: [...sampleLibrary, longArticle()],
          highlights: [{ articleId: nightTrain.article.id, color: 'green', note: 'See **the map**', target: makeTarget('Sleeper services are back') }],
        },
      });

      test('library, highlights, save dialog, settings, help and reader have no WCAG A or AA violations', async ({
        libraryPage,
        saveDialog,
        settingsMenu,
        readerPage,
        page,
      }) => {
        await libraryPage.open();
        await libraryPage.showView('all');
        await expect(libraryPage.items.first()).toBeVisible();
        expect(await violations(page), 'library').toEqual([]);

        const highlights = new HighlightsView(page);
        await highlights.open();
        await expect(highlights.quotes).toHaveCount(1);
        expect(await violations(page), 'highlights').toEqual([]);
        await libraryPage.showView('all');

        await saveDialog.open();
        expect(await violations(page), 'save dialog').toEqual([]);
        await page.keyboard.press('Escape');

        await settingsMenu.open();
        expect(await violations(page), 'settings menu').toEqual([]);
        await page.keyboard.press('Escape');

        await page.keyboard.press('?');
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        expect(await violations(page), 'help').toEqual([]);
        await page.keyboard.press('Escape');

        await libraryPage.openArticle(nightTrain.article.title);
        await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();
        await readerPage.aboutThisCopy.click();
        await readerPage.openSettings();
        expect(await violations(page), 'reader').toEqual([]);
        // WCAG AA for body text: 4.5:1 against what is behind it, for every text element of the article.
        const lowest = await readerPage.lowestTextContrast();
        expect(lowest.ratio, JSON.stringify(lowest)).toBeGreaterThanOrEqual(4.5);
      });
    });
  });
}
