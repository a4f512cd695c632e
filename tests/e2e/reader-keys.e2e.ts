import { expect, test } from './fixtures/harnessTest';
import { longArticle } from './fixtures/longArticle';

const story = longArticle();
const id = story.article.id;

test.describe('reader keys', () => {
  test.use({ seed: { articles: [story] } });

  test('s, e, m, o, + and - act on the article, also while its text has focus', async ({ libraryPage, readerPage, harness, page }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    // Focus inside the frame: its keys are passed on to the app.
    await readerPage.body.getByText('Paragraph 1.', { exact: false }).first().click();

    await page.keyboard.press('s');
    await expect.poll(async () => (await readerPage.record(id)).starred).toBe(true);
    await expect(readerPage.action(/Star/)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('e');
    await expect.poll(async () => (await readerPage.record(id)).archived).toBe(true);
    await page.keyboard.press('m');
    await expect.poll(async () => (await readerPage.record(id)).read).toBe(true);
    await page.keyboard.press('m');
    await expect.poll(async () => (await readerPage.record(id)).read).toBe(false);
    await page.keyboard.press('o');
    await expect.poll(() => harness.openedExternally).toEqual([story.article.url]);

    await page.keyboard.press('+');
    await expect.poll(async () => (await readerPage.textStyle()).fontSize).toBe('20px');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await readerPage.textStyle()).fontSize).toBe('18px');
  });

  test('? shows every shortcut from anywhere, and Esc closes it, leaving the reader open', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('region', { name: 'In the library' })).toContainText('Next article');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await libraryPage.openArticle(story.article.title);
    await readerPage.body.getByText('Paragraph 2.', { exact: false }).first().click();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    // Keys behind the dialog do nothing.
    await page.keyboard.press('s');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(readerPage.title).toBeVisible();
    expect((await readerPage.record(id)).starred).toBe(false);
    await readerPage.back();
    await expect(libraryPage.list).toBeVisible();
  });

  test('# moves the article to the Trash and goes back to the library, where Undo brings it back', async ({ libraryPage, readerPage, page }) => {
    await libraryPage.open();
    await libraryPage.openArticle(story.article.title);
    await expect(readerPage.title).toBeVisible();
    await page.keyboard.press('#');
    await expect(libraryPage.list.or(libraryPage.emptyView)).toBeVisible();
    await expect.poll(async () => (await readerPage.record(id)).trashedAt).not.toBeNull();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readerPage.record(id)).trashedAt).toBeNull();
    await expect(libraryPage.titles.filter({ hasText: story.article.title })).toHaveCount(1);
  });

  test('Delete does the same, from the Settings menu the shortcuts open too', async ({ libraryPage, readerPage, settingsMenu, page }) => {
    await libraryPage.open();
    await settingsMenu.open();
    await settingsMenu.panel.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await libraryPage.openArticle(story.article.title);
    await expect(readerPage.title).toBeVisible();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await readerPage.record(id)).trashedAt).not.toBeNull();
  });
});
