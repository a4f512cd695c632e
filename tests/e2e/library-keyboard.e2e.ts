import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { cranes, floods, glaciers, shelf } from './fixtures/libraryShelf';

test.use({ seed: { articles: shelf } });

const focusedTitle = (page: Page) => page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h2')?.textContent);

test('j and k move through the rows, s, m, e and # act on the focused one, Enter opens it', async ({ libraryPage, readerPage, page }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveCount(4);
  await page.keyboard.press('j');
  await expect.poll(() => focusedTitle(page)).toContain(cranes.article.title);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect.poll(() => focusedTitle(page)).toContain(floods.article.title);

  await page.keyboard.press('s');
  await expect(libraryPage.item(floods.article.title).getByRole('img', { name: 'Starred' })).toBeVisible();
  await expect(libraryPage.toast).toContainText('1 article starred');
  await page.keyboard.press('s');
  await expect(libraryPage.item(floods.article.title).getByRole('img', { name: 'Starred' })).toHaveCount(0);

  await page.keyboard.press('m');
  await expect(libraryPage.item(floods.article.title)).toHaveCount(0); // read: out of the Unread view
  await libraryPage.undo();
  await expect(libraryPage.item(floods.article.title)).toBeVisible();

  // The focus stays on the second row, whichever article now holds it.
  await page.keyboard.press('e');
  await expect(libraryPage.toast).toContainText('1 article archived');
  await expect(libraryPage.titles).toHaveCount(3);
  await page.keyboard.press('#');
  await expect(libraryPage.toast).toContainText('1 article moved to the Trash');
  await expect(libraryPage.titles).toHaveText([cranes, glaciers].map(({ article }) => `Unread: ${article.title}`));
  await expect.poll(() => focusedTitle(page)).toContain(glaciers.article.title);

  await page.keyboard.press('Enter');
  await expect(readerPage.title).toHaveText(glaciers.article.title);
});

test('o opens the original of the focused article in the system browser', async ({ libraryPage, harness, page }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveCount(4);
  await page.keyboard.press('j');
  await page.keyboard.press('o');
  await expect.poll(() => harness.openedExternally).toEqual([cranes.article.url]);
});

test('Ctrl/⌘+A then Delete moves the whole view to the Trash; Enter on a toolbar button still presses it', async ({ libraryPage, page }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveCount(4);
  await page.keyboard.press('ControlOrMeta+a');
  await expect(libraryPage.toolbar).toContainText('4 articles selected');
  await libraryPage.toolbar.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Enter');
  await expect(libraryPage.toolbar).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(libraryPage.toast).toContainText('4 articles moved to the Trash');
  await libraryPage.showView('trash');
  await expect(libraryPage.titles).toHaveCount(5);
});
