import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { wcagViolations } from './fixtures/wcagViolations';
import { ImportDialog } from './pages/ImportDialog';

// Pictures of the Import dialog in both colour schemes, for a person to look at (test-results/screenshots), each checked with axe.
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

/** A Pocket export of the news site's pages: some answer, one is missing, most never finish; two rows are bad. */
function pocketExport(origin: string): string {
  const row = (title: string, path: string, n: number) => `${title},${origin}${path}?n=${n},${1700000000 + n},news|world,unread`;
  const rows = [
    ...Array.from({ length: 6 }, (_, n) => row(`Story ${n}`, '/story', n)),
    row('Gone', '/missing', 99),
    ...Array.from({ length: 40 }, (_, n) => row(`Slow ${n}`, '/slow', n)),
    'No address,,1700000000,,unread',
    'Bad address,not a link,1700000000,,unread',
  ];
  return ['title,url,time_added,tags,status', ...rows].join('\n');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1200, height: 760 }, seed: { settings: { allowLocalNetwork: true } } });

    test('the import preview, its downloads, and the corner once closed', async ({ harness, libraryPage, newsSite, page }) => {
      const dir = await mkdtemp(join(tmpdir(), 'news-archive-import-shots-'));
      const file = join(dir, 'part_000000.csv');
      await writeFile(file, pocketExport(newsSite.origin));
      const importer = new ImportDialog(page);
      await libraryPage.open();
      await shoot(page, `import-welcome-${colorScheme}`);
      harness.setImportFile(file);
      await libraryPage.welcome.getByRole('button', { name: 'Import from Pocket, Instapaper…' }).click();
      await shoot(page, `import-choose-${colorScheme}`);
      await importer.chooseFile.click();
      await expect(importer.counts).toHaveText(['47', '0', '2']);
      await shoot(page, `import-preview-${colorScheme}`);
      expect(await wcagViolations(page), 'preview').toEqual([]);

      await importer.importButton.click();
      await expect(importer.progressBar).toHaveAttribute('aria-valuenow', /^[1-9]/);
      await shoot(page, `import-progress-${colorScheme}`);
      expect(await wcagViolations(page), 'progress').toEqual([]);
      await importer.dialog.getByRole('button', { name: 'Pause' }).click();
      await importer.close.click();
      await expect(importer.corner).toContainText('Paused');
      await libraryPage.showView('all');
      await expect(libraryPage.items.filter({ hasText: 'Download failed' })).toHaveCount(1);
      await shoot(page, `import-corner-${colorScheme}`);
      // The rest of the library is accessibility.e2e's.
      expect(await wcagViolations(page, ['.import-status', '.link-marker']), 'corner and row markers').toEqual([]);
      await rm(dir, { recursive: true, force: true });
    });
  });
}
