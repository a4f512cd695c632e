import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { cranes, floods, glaciers, shelf } from './fixtures/libraryShelf';
import { pngImage } from './fixtures/pngImage';

// The library screen in both colour schemes, for a person to look at (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 }, seed: { articles: shelf } });

    test('the list, a selection with its toolbar, the undo toast and the Empty Trash dialog', async ({ libraryPage, libraryDir, page }) => {
      const images = join(libraryDir, 'content', cranes.article.id, 'images');
      await mkdir(images, { recursive: true });
      await writeFile(join(images, 'lead.png'), pngImage(240, 160, [30, 90, 160], [220, 180, 90]));
      await libraryPage.open();
      await libraryPage.showView('all');
      await expect(libraryPage.titles).toHaveCount(5);
      await page.keyboard.press('j');
      await shoot(page, `library-list-${colorScheme}`);

      await libraryPage.checkbox(floods.article.title).check();
      await libraryPage.checkbox(glaciers.article.title).check();
      await libraryPage.toolbar.getByRole('button', { name: 'Archive' }).focus();
      await shoot(page, `library-selection-${colorScheme}`);
      await libraryPage.act('Archive');
      await expect(libraryPage.toast).toContainText('2 articles archived');
      await shoot(page, `library-toast-${colorScheme}`);

      await libraryPage.showView('trash');
      await libraryPage.emptyTrashButton.click();
      await expect(libraryPage.confirmDialog).toBeVisible();
      await shoot(page, `library-empty-trash-${colorScheme}`);
    });
  });
}
