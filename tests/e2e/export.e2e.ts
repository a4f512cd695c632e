import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/harnessTest';
import { ferries, floods } from './fixtures/libraryShelf';

test.describe('exporting from the app', () => {
  test.use({ seed: { articles: [floods, ferries] }, viewport: { width: 1280, height: 800 } });

  test('exports the library as CSV from the Settings menu, into the file the save dialog chose', async ({ libraryPage, settingsMenu, harness, page }) => {
    await libraryPage.open();
    await expect(libraryPage.titles).toHaveCount(2);
    await settingsMenu.open();
    await settingsMenu.panel.getByRole('button', { name: 'Export or back up…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export or back up' });
    await expect(dialog.getByRole('radio', { name: /^Markdown folder/ })).toBeFocused();
    await dialog.getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }).check();
    await page.screenshot({ path: '/tmp/shots-appexport/export-dialog-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await dialog.getByRole('radio', { name: /^Full backup/ }).check();
    await expect(dialog.getByRole('combobox', { name: 'Articles' })).toBeDisabled();
    await page.screenshot({ path: '/tmp/shots-appexport/export-dialog-dark.png' });
    await dialog.getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }).check();

    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Exported 2 articles to .+\.csv\.$/);
    await page.screenshot({ path: '/tmp/shots-appexport/export-done-dark.png' });
    const [path] = harness.savedExports();
    const csv = await readFile(path!, 'utf8');
    expect(csv).toContain(floods.article.title);
    expect(csv).toContain(ferries.article.title);

    // The same name again is refused, and the dialog says why rather than replacing the file.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await settingsMenu.open();
    await settingsMenu.panel.getByRole('button', { name: 'Export or back up…' }).click();
    await dialog.getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('alert')).toContainText('already exists');
  });
});
