import { expect, test } from './fixtures/harnessTest';
import { nightTrain, rivers, seedArticle } from './fixtures/sampleArticles';

const hostile = seedArticle(
  { title: 'An article that tries to run code' },
  [
    '<p id="first">Harmless text.</p>',
    '<script>parent.document.title = "pwned"; document.body.dataset.ran = "script";</script>',
    '<img src="missing.png" onerror="parent.document.body.dataset.pwned = \'onerror\'">',
  ].join(''),
);

test.describe('the reader', () => {
  test.use({ seed: { articles: [nightTrain, rivers, hostile] } });

  test('opens an article with its header and its body in the sandboxed frame', async ({ libraryPage, readerPage, harness }) => {
    await libraryPage.open();
    await libraryPage.openArticle(nightTrain.article.title);

    await expect(readerPage.title).toHaveText(nightTrain.article.title);
    await expect(readerPage.header).toContainText('The Meridian');
    await expect(readerPage.header).toContainText('Ana Duarte');
    await expect(readerPage.header).toContainText('7 min read');
    await expect(readerPage.frameElement).toHaveAttribute('sandbox', 'allow-same-origin');
    await expect(readerPage.body.getByRole('heading', { name: 'A slower way to cross a continent' })).toBeVisible();

    const srcdoc = await readerPage.frameElement.getAttribute('srcdoc');
    expect(srcdoc).toContain(`content="default-src 'none'; img-src 'self' archive-asset:; font-src 'self'; style-src 'unsafe-inline'"`);

    await readerPage.originalLink.click();
    await readerPage.body.getByRole('link', { name: 'the travel desk' }).click();
    await expect.poll(() => harness.openedExternally).toEqual([nightTrain.article.url, 'https://meridian.example/travel']);
    // The links went to the "system browser", and the page stayed where it was.
    await expect(readerPage.title).toHaveText(nightTrain.article.title);
  });

  test('Esc returns to the list, focused on the article just read', async ({ libraryPage, readerPage }) => {
    await libraryPage.open();
    await libraryPage.openArticle(nightTrain.article.title);
    await expect(readerPage.title).toBeVisible();
    await readerPage.back();
    await expect(libraryPage.item(nightTrain.article.title)).toBeVisible();
    await expect(libraryPage.item(nightTrain.article.title).getByRole('button')).toBeFocused();
  });

  test('Esc also works while the article body has focus', async ({ libraryPage, readerPage }) => {
    await libraryPage.open();
    await libraryPage.openArticle(nightTrain.article.title);
    await readerPage.body.getByText('Sleeper services').first().click();
    await readerPage.back();
    await expect(libraryPage.list).toBeVisible();
  });

  test('never runs scripts from the article', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    const title = await page.title();
    await libraryPage.openArticle(hostile.article.title);
    await expect(readerPage.body.locator('#first')).toHaveText('Harmless text.');
    // Give an onerror handler every chance to fire.
    await page.waitForTimeout(300);
    expect(await page.title()).toBe(title);
    expect(await page.locator('body').getAttribute('data-pwned')).toBeNull();
    expect(await readerPage.body.locator('body').getAttribute('data-ran')).toBeNull();
  });
});
