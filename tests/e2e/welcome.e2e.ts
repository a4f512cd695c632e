import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harnessTest';
import { sampleLibrary } from './fixtures/sampleArticles';
import { wcagViolations } from './fixtures/wcagViolations';

const SAMPLE_TITLE = 'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says';
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const shoot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test.describe('the first run', () => {
  test('welcomes a new library and adds the sample story through the normal save', async ({ libraryPage, page, harness }) => {
    await libraryPage.open();
    await expect(libraryPage.welcome.getByRole('heading', { level: 3 })).toHaveText(['Save', 'Tag', 'Highlight']);
    await libraryPage.welcome.getByRole('button', { name: 'Add a sample article' }).click();
    await expect(libraryPage.item(SAMPLE_TITLE)).toBeVisible();
    await expect(libraryPage.welcome).toHaveCount(0);
    expect([...harness.library.articles.all()].map((article) => article.title)).toEqual([SAMPLE_TITLE]);
    await page.reload();
    await expect(libraryPage.item(SAMPLE_TITLE)).toBeVisible();
    await expect(libraryPage.welcome).toHaveCount(0);
  });

  test('stays closed once closed, though the library is still empty', async ({ libraryPage, page, harness }) => {
    await libraryPage.open();
    await libraryPage.welcome.getByRole('button', { name: 'Close welcome' }).click();
    await expect(libraryPage.welcome).toHaveCount(0);
    expect(harness.library.settings.get().welcomeDismissed).toBe(true);
    await page.reload();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(libraryPage.welcome).toHaveCount(0);
  });
});

test.describe('the library location', () => {
  test.use({ seed: { articles: sampleLibrary } });

  test('is shown in Settings, and the library moves to a new folder, leaving the old one', async ({ libraryPage, settingsMenu, harness, libraryDir }) => {
    const parent = await mkdtemp(join(tmpdir(), 'news-archive-e2e-move-'));
    try {
      await libraryPage.open();
      await settingsMenu.open();
      const location = settingsMenu.panel.getByRole('region', { name: 'Library location' });
      await expect(location).toContainText(libraryDir);
      const to = join(parent, 'Moved Library');
      harness.setLibraryFolder(to);
      await location.getByRole('button', { name: 'Move library…' }).click();
      await expect(location.getByRole('status')).toContainText(`The library now lives in ${to}. The old folder, ${libraryDir}, was left as it was`);
      await expect(location.locator('code')).toHaveText(to);
      await shoot(settingsMenu.page, 'settings-library-moved-light');
      expect(harness.library.dir).toBe(to);
      expect(await readdir(libraryDir)).toContain('library.json');
      expect(harness.library.articles.count()).toBe(sampleLibrary.length);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  test('refuses a folder that is not empty, and the library stays', async ({ libraryPage, settingsMenu, harness, libraryDir }) => {
    const full = await mkdtemp(join(tmpdir(), 'news-archive-e2e-full-'));
    try {
      await writeFile(join(full, 'notes.txt'), 'mine');
      await libraryPage.open();
      await settingsMenu.open();
      harness.setLibraryFolder(full);
      await settingsMenu.panel.getByRole('button', { name: 'Move library…' }).click();
      await expect(settingsMenu.panel.getByRole('alert')).toContainText('is not empty');
      expect(harness.library.dir).toBe(libraryDir);
      await expect(libraryPage.titles).toHaveCount(1);
    } finally {
      await rm(full, { recursive: true, force: true });
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the welcome in the ${colorScheme} scheme`, async ({ libraryPage, page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1200, height: 860 });
    await libraryPage.open();
    await expect(libraryPage.welcome).toBeVisible();
    await shoot(page, `welcome-${colorScheme}`);
    expect(await wcagViolations(page)).toEqual([]);
  });
}
