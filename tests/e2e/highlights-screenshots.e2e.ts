import type { Page } from '@playwright/test';
import { makeTarget } from '../support/makeHighlight';
import { expect, test } from './fixtures/harnessTest';
import { highlightedSeed, taggedBridge } from './fixtures/highlightedLibrary';
import { rivers } from './fixtures/sampleArticles';
import { HighlightsView } from './pages/HighlightsView';

// Pictures of the Highlights view and of the library rows with their counts, in both themes (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

const longQuote =
  'Engineers found cracks in two of the five piers and warned that repairs would take years, during which the ' +
  'bridge would stay closed to buses and lorries, and perhaps to cars as well, whatever the council decided.';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({
      viewport: { width: 1100, height: 900 },
      seed: {
        settings: { theme },
        articles: [...highlightedSeed.articles, rivers],
        highlights: [
          ...highlightedSeed.highlights,
          { articleId: rivers.article.id, color: 'pink', note: '', target: makeTarget('Floods used to be engineered away') },
          {
            articleId: taggedBridge.article.id,
            color: 'purple',
            note: '## Follow up\n- Ask the engineers for the report\n- Check the `2019` survey\n\n> The council never published it.',
            target: makeTarget(longQuote),
          },
        ],
      },
    });

    test('highlights view and library rows', async ({ libraryPage, page }) => {
      const view = new HighlightsView(page);
      await libraryPage.open();
      await libraryPage.showView('all');
      await expect(libraryPage.titles).toHaveCount(3);
      await shoot(page, `library-counts-${theme}`);
      await view.open();
      await expect(view.quotes).toHaveCount(5);
      await shoot(page, `highlights-${theme}`);
      await view.colorToggle('green').click();
      await view.colorToggle('blue').click();
      await view.items.first().getByRole('button').focus();
      await expect(view.quotes).toHaveCount(2);
      await shoot(page, `highlights-filtered-${theme}`);
      await view.exportButton.click();
      await view.copyMarkdown.click();
      await expect(view.exportOutcome).not.toBeEmpty();
      await shoot(page, `highlights-export-${theme}`);
    });
  });
}
