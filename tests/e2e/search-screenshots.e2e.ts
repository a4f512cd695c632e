import type { Page } from '@playwright/test';
import { lostHighlight } from './fixtures/annotatedStory';
import { expect, test } from './fixtures/harnessTest';
import { taggedBridge } from './fixtures/highlightedLibrary';
import { budgetTalks, nightTrain, rivers } from './fixtures/sampleArticles';
import { LibrarySearch } from './pages/LibrarySearch';

// Pictures of search in both colour schemes, for a person to look at (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({
      colorScheme,
      viewport: { width: 1200, height: 760 },
      seed: { articles: [nightTrain, rivers, budgetTalks, taggedBridge], highlights: [lostHighlight] },
    });

    test('search results, tips, a refused query and saved searches', async ({ libraryPage, page }) => {
      const search = new LibrarySearch(page);
      await libraryPage.open();
      await libraryPage.showView('all');
      await search.search('night');
      await expect(search.titles()).toHaveCount(2);
      await search.saveButton.click();
      await search.saveForm.getByRole('textbox', { name: 'Name' }).fill('Night stories');
      await search.saveForm.getByRole('button', { name: 'Save' }).click();
      await expect(search.saved).toBeVisible();
      await search.search('replace OR conductor');
      await expect(search.results).toContainText('In a highlight');
      await shoot(page, `search-results-${colorScheme}`);

      await search.tipsButton.click();
      await shoot(page, `search-tips-${colorScheme}`);
      await page.keyboard.press('Escape');

      await search.search('night "train');
      await expect(search.problem).not.toBeEmpty();
      await shoot(page, `search-invalid-${colorScheme}`);

      await search.search('tag:nowhere');
      await expect(search.noResults).toBeVisible();
      await search.saveButton.click();
      await search.saveForm.getByRole('textbox', { name: 'Name' }).fill('Night stories');
      await search.saveForm.getByRole('button', { name: 'Save' }).click();
      await expect(search.saveForm.getByRole('status')).not.toBeEmpty();
      await shoot(page, `search-saved-${colorScheme}`);
    });
  });
}
