import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures/harnessTest';
import { ImportDialog } from './pages/ImportDialog';

const INSTAPAPER = resolve('tests/fixtures/import/instapaper.csv');

test('imports an Instapaper export as links, then previews nothing new the second time', async ({ harness, libraryPage, page }) => {
  const importer = new ImportDialog(page);
  await libraryPage.open();
  await expect(libraryPage.welcome).toBeVisible();
  harness.setImportFile(INSTAPAPER);
  await libraryPage.welcome.getByRole('button', { name: 'Import from Pocket, Instapaper…' }).click();
  await importer.chooseFile.click();
  await expect(importer.dialog).toContainText('Instapaper export (CSV)');
  await expect(importer.counts).toHaveText(['3', '0', '0']);
  await expect(importer.dialog).toContainText('3 pages will be downloaded');
  await importer.download.uncheck();
  await expect(importer.dialog).toContainText('3 articles will be links only');
  await importer.importButton.click();
  await expect(importer.dialog).toContainText('Imported 3 articles.');
  await importer.close.click();
  await expect(importer.dialog).toBeHidden();

  await libraryPage.showView('all');
  // Instapaper's folders become states: "Archive" is archived and read, the others unread.
  await expect(libraryPage.titles).toHaveText(['Unread: Folder and tags', 'Archived newer', 'Unread: Newer export']);
  const newer = libraryPage.items.filter({ hasText: 'Newer export' });
  await expect(newer.getByRole('list', { name: 'Tags' })).toContainText('climate');
  await expect(newer).toContainText('Not downloaded yet');
  await expect(newer.getByRole('button', { name: 'Download “Newer export”' })).toBeVisible();
  await libraryPage.showView('archive');
  await expect(libraryPage.titles).toHaveText(['Archived newer'], { useInnerText: true });
  // The corner keeps the links not downloaded, with a way to fetch them all.
  await expect(importer.corner).toContainText('3 not downloaded yet');

  await importer.openFromSettings();
  await importer.chooseFile.click();
  await expect(importer.counts).toHaveText(['0', '3', '0']);
  await expect(importer.importButton).toBeDisabled();
});

test('a file that is no export says why in the dialog, and nothing is imported', async ({ harness, libraryPage, page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-import-'));
  const bad = join(dir, 'notes.csv');
  await writeFile(bad, 'Name,Phone\nAda,555-0100\n');
  const importer = new ImportDialog(page);
  await libraryPage.open();
  harness.setImportFile(bad);
  await importer.openFromSettings();
  await importer.chooseFile.click();
  await expect(importer.problem).toContainText('notes.csv');
  await expect(importer.importButton).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(libraryPage.welcome).toBeVisible();
  await rm(dir, { recursive: true, force: true });
});
