import { expect, test } from './fixtures/harnessTest';
import { highlightedSeed, libraryHighlights, taggedBridge } from './fixtures/highlightedLibrary';
import { nightTrain } from './fixtures/sampleArticles';
import { AnnotationsReader } from './pages/AnnotationsReader';
import { HighlightsView } from './pages/HighlightsView';
import { TagFilterPanel } from './pages/TagFilterPanel';

test.use({ seed: highlightedSeed });

const quotes = {
  sleeper: libraryHighlights.sleeper.target.quote.exact,
  cracks: libraryHighlights.cracks.target.quote.exact,
  ferry: libraryHighlights.ferry.target.quote.exact,
};

test('lists every highlight newest first, with its note and article, and opens the reader at it', async ({ libraryPage, readerPage, page }) => {
  const view = new HighlightsView(page);
  await libraryPage.open();
  await view.open();
  await expect(view.quotes).toHaveText([quotes.ferry, quotes.cracks, quotes.sleeper]);
  await expect(view.count).toHaveText('3 highlights');
  const sleeper = view.item(quotes.sleeper);
  await expect(sleeper.locator('strong')).toHaveText('2015');
  await expect(sleeper).toContainText(nightTrain.article.title);
  await expect(sleeper).toContainText('The Meridian');

  await view.item(quotes.ferry).getByRole('button').click();
  await expect(readerPage.title).toHaveText(taggedBridge.article.title);
  // The newest highlight sits at the end of a long story: the reader takes the person there and flashes it.
  await expect(readerPage.body.locator('#last')).toBeInViewport();
  await expect.poll(async () => (await new AnnotationsReader(page, readerPage).paintedIn('flash')).join('')).toContain(quotes.ferry);
});

test('a link in a note opens in the browser, not the article', async ({ libraryPage, harness, page }) => {
  const view = new HighlightsView(page);
  await libraryPage.open();
  await view.open();
  await view.item(quotes.sleeper).getByRole('link', { name: 'https://rail.example/2015' }).click();
  await expect.poll(() => harness.openedExternally).toEqual(['https://rail.example/2015']);
  await expect(view.list).toBeVisible();
});

test('filters by colour, site and tag', async ({ libraryPage, page }) => {
  const view = new HighlightsView(page);
  await libraryPage.open();
  await view.open();

  await view.colorToggle('green').click();
  await expect(view.quotes).toHaveText([quotes.cracks]);
  await view.colorToggle('yellow').click();
  await expect(view.quotes).toHaveText([quotes.cracks, quotes.sleeper]);
  await view.colorToggle('green').click();
  await view.colorToggle('yellow').click();
  await expect(view.quotes).toHaveCount(3);

  await view.siteFilter.selectOption('The Meridian');
  await expect(view.quotes).toHaveText([quotes.sleeper]);
  await page.getByRole('button', { name: /^Clear the site filter/ }).click();

  // A parent tag includes its children: city finds the story tagged city/transport.
  await new TagFilterPanel(page).apply(['city'], null);
  await expect(view.quotes).toHaveText([quotes.ferry, quotes.cracks]);
  await view.colorToggle('purple').click();
  await expect(page.getByText('No highlights match the filter.')).toBeVisible();
});

test('shows the count of highlights in the library rows', async ({ libraryPage }) => {
  await libraryPage.open();
  await libraryPage.showView('all');
  await expect(libraryPage.item(taggedBridge.article.title)).toContainText('2 highlights');
  await expect(libraryPage.item(nightTrain.article.title)).toContainText('1 highlight');
});

test('follows a highlight deleted elsewhere, in the view and in the library rows', async ({ libraryPage, harness, page }) => {
  const view = new HighlightsView(page);
  await libraryPage.open();
  await view.open();
  await expect(view.quotes).toHaveCount(3);
  const cracks = harness.library.annotations.forArticle(taggedBridge.article.id).highlights.find((highlight) => highlight.target.quote.exact === quotes.cracks);
  await harness.library.annotations.deleteHighlight(cracks!.id);
  await expect(view.quotes).toHaveText([quotes.ferry, quotes.sleeper]);
  await expect(view.count).toHaveText('2 highlights');

  await libraryPage.showView('all');
  await expect(libraryPage.item(taggedBridge.article.title)).toContainText('1 highlight');
});

test('copies every highlight as Markdown and saves them as JSON-LD', async ({ libraryPage, harness, page }) => {
  const view = new HighlightsView(page);
  await libraryPage.open();
  await view.open();
  await view.exportButton.click();
  await view.copyMarkdown.click();
  await expect(view.exportOutcome).toHaveText('Copied as Markdown.');
  expect(harness.clipboardText()).toContain(quotes.ferry);
  expect(harness.clipboardText()).toContain(quotes.sleeper);
  await view.saveJsonLd.click();
  await expect(view.exportOutcome).toHaveText(/^Saved as JSON-LD to /);
  expect(harness.savedExports()).toHaveLength(1);
});

test.describe('an empty view', () => {
  test.use({ seed: { articles: [nightTrain] } });

  test('explains how to highlight', async ({ libraryPage, page }) => {
    const view = new HighlightsView(page);
    await libraryPage.open();
    await view.open();
    await expect(view.empty).toContainText('select some text and press h');
  });
});
