import { lostHighlight } from './fixtures/annotatedStory';
import { expect, test } from './fixtures/harnessTest';
import { taggedBridge } from './fixtures/highlightedLibrary';
import { budgetTalks, nightTrain, rivers } from './fixtures/sampleArticles';
import { LibrarySearch } from './pages/LibrarySearch';

const bridgeTitle = taggedBridge.article.title;

test.describe('searching the library', () => {
  test.use({ seed: { articles: [nightTrain, rivers, budgetTalks, taggedBridge], highlights: [lostHighlight] } });

  test('finds an article by a word of its text, marked in the passage shown, and opens it', async ({ libraryPage, readerPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    await page.keyboard.type('conductor');
    await expect(search.titles()).toHaveText([`Unread: ${nightTrain.article.title}`]);
    await expect(search.result(nightTrain.article.title).locator('mark')).toHaveText(['conductor']);
    await expect(search.count).toContainText('1 result');
    await search.result(nightTrain.article.title).getByRole('heading').getByRole('button').click();
    await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();
  });

  test('finds an article by the words of a highlight, saying so', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.search('replace');
    await expect(search.titles()).toHaveText([`Unread: ${bridgeTitle}`]);
    await expect(search.result(bridgeTitle)).toContainText('In a highlight');
    await expect(search.result(bridgeTitle).locator('mark')).toHaveText(['replace']);
  });

  test('reads phrases, exclusions, child tags and states', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await libraryPage.showView('all');
    await search.search('"border crossed"');
    await expect(search.titles()).toHaveText([`Unread: ${nightTrain.article.title}`]);
    await search.search('"crossed border"');
    await expect(search.noResults).toContainText('Nothing in All matches');

    await search.search('night');
    await expect(search.titles()).toHaveCount(2);
    await search.search('night -sleeper');
    await expect(search.titles()).toHaveText([`Unread: ${bridgeTitle}`]);

    await search.search('tag:city');
    await expect(search.titles()).toHaveText([`Unread: ${bridgeTitle}`]);
    await search.search('is:starred');
    await expect(search.titles()).toHaveText([rivers.article.title]);
  });

  test('searches within the view shown', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.search('budget');
    await expect(search.noResults).toContainText('Nothing in Unread matches');
    await libraryPage.showView('archive');
    await expect(search.titles()).toHaveText([`Unread: ${budgetTalks.article.title}`]);
    await expect(search.box).toHaveValue('budget');
  });

  test('says what is wrong with a query that does not parse, and recovers', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.search('night');
    await expect(search.titles()).toHaveCount(2);
    await search.search('night "train');
    await expect(search.problem).toContainText('never closed');
    await expect(search.box).toHaveAttribute('aria-invalid', 'true');
    await expect(search.titles()).toHaveCount(2);
    await search.search('night "train"');
    await expect(search.problem).toBeEmpty();
    await expect(search.titles()).toHaveText([`Unread: ${nightTrain.article.title}`]);
  });

  test('saves a search to the sidebar, runs it from there, and deletes it', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.search('tag:city');
    await search.saveButton.click();
    await search.saveForm.getByRole('textbox', { name: 'Name' }).fill('City');
    await search.saveForm.getByRole('button', { name: 'Save' }).click();
    await expect(search.saved.getByRole('button', { name: 'City', exact: true })).toHaveAttribute('aria-current', 'true');

    await search.box.press('Escape');
    await expect(search.box).toHaveValue('');
    await expect(libraryPage.list).toBeVisible();
    await search.saved.getByRole('button', { name: 'City', exact: true }).click();
    await expect(search.box).toHaveValue('tag:city');
    await expect(search.titles()).toHaveText([`Unread: ${bridgeTitle}`]);

    await search.saved.getByRole('button', { name: 'Delete the saved search “City”' }).click();
    await expect(search.saved).toHaveCount(0);
  });

  test('puts an example from the tips into the box', async ({ libraryPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.tipsButton.click();
    await search.tips.getByRole('button', { name: 'Search for is:starred' }).click();
    await expect(search.box).toHaveValue('is:starred');
    await expect(search.tips).toBeHidden();
  });

  test('moves from the box into the results with ↓, then j and Enter as in the list', async ({ libraryPage, readerPage, page }) => {
    const search = new LibrarySearch(page);
    await libraryPage.open();
    await search.search('night');
    await expect(search.titles()).toHaveCount(2);
    await search.box.press('ArrowDown');
    await expect(search.titles().first()).toBeFocused();
    await page.keyboard.press('j');
    await expect(search.titles().nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(readerPage.frameElement).toBeVisible();
  });
});
