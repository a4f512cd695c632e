import { expect, test } from './fixtures/harnessTest';
import { cranes, ferries, glaciers, shelf } from './fixtures/libraryShelf';
import { TagEditor } from './pages/TagEditor';

test.use({ seed: { articles: shelf } });

test('t tags two selected articles with a new tag, and a tag can be taken off again', async ({ libraryPage, page }) => {
  const editor = new TagEditor(page);
  await libraryPage.open();
  await libraryPage.checkbox(cranes.article.title).check();
  await libraryPage.checkbox(ferries.article.title).check();
  await page.keyboard.press('t');
  await expect(editor.dialog).toBeVisible();
  await expect(editor.input).toBeFocused();

  await editor.add('/harbour');
  await expect(editor.error).toHaveText('A tag name cannot start or end with "/".');
  await editor.add('harbour/cranes');
  await expect(editor.chips).toHaveText(['harbour/cranes✕']);
  await editor.add('CLIM', 1);
  await expect(editor.chips).toHaveText(['harbour/cranes✕', 'climate✕']);
  await editor.remove('climate');
  await expect(editor.chips).toHaveText(['harbour/cranes✕']);
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();

  // Both carry the new tag: its suggestion counts them.
  await libraryPage.toolbar.getByRole('button', { name: 'Clear selection' }).click();
  await libraryPage.checkbox(glaciers.article.title).check();
  await page.keyboard.press('t');
  await editor.input.fill('cranes');
  await expect(editor.suggestions).toHaveText(['harbour/cranes2']);
  await expect(editor.chips).toHaveText(['climate✕']);
});

test('the reader edits the open article’s tags with t or its Tags button', async ({ libraryPage, page }) => {
  const editor = new TagEditor(page);
  await libraryPage.open();
  await libraryPage.showView('all');
  await libraryPage.titles.filter({ hasText: glaciers.article.title }).click();
  await page.getByRole('button', { name: 'Tags (1)' }).click();
  await expect(editor.dialog).toHaveAccessibleName(`Tags of “${glaciers.article.title}”`);
  await editor.add('science');
  await editor.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Tags (2)' })).toBeFocused();

  await page.keyboard.press('t');
  await expect(editor.chips).toHaveText(['climate✕', 'science✕']);
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 } });

    test('the tag editor, for a look', async ({ libraryPage, page }) => {
      const editor = new TagEditor(page);
      await libraryPage.open();
      await libraryPage.checkbox(glaciers.article.title).check();
      await libraryPage.checkbox(ferries.article.title).check();
      await page.keyboard.press('t');
      await editor.add('harbour/ferries');
      await editor.input.fill('r');
      await editor.input.press('ArrowDown');
      await expect(editor.suggestions).toHaveCount(1);
      await page.screenshot({ path: `test-results/screenshots/tags-editor-${colorScheme}.png` });
    });
  });
}
