import { expect, test } from './fixtures/harnessTest';
import { seedArticle } from './fixtures/sampleArticles';
import { TagFilterPanel } from './pages/TagFilterPanel';

const truce = seedArticle({ title: 'Talks on a truce resume', savedAt: '2025-03-20T08:00:00.000Z', tags: ['ukraine/ceasefire', 'diplomacy'] });
const grain = seedArticle({ title: 'Grain ships leave Odesa', savedAt: '2025-03-19T08:00:00.000Z', tags: ['ukraine'] });
const summit = seedArticle({ title: 'A summit in Geneva', savedAt: '2025-03-18T08:00:00.000Z', tags: ['diplomacy'] });
const titles = [truce, grain, summit].map(({ article }) => `Unread: ${article.title}`);

test.use({ seed: { articles: [truce, grain, summit] } });

test('renaming a parent renames its branch, and Undo brings both names back', async ({ libraryPage, page }) => {
  const dialog = page.getByRole('dialog', { name: 'Manage tags' });
  const names = dialog.locator('.manage-tags__name');
  await libraryPage.open();
  const filter = new TagFilterPanel(page);
  await filter.button.click();
  await filter.panel.getByRole('button', { name: 'Manage tags…' }).click();
  await expect(names).toHaveText(['diplomacy', 'ukraine', 'ceasefire']);
  await expect(dialog.locator('.manage-tags__name').nth(2)).toHaveAttribute('title', 'ukraine/ceasefire');

  await dialog.getByRole('button', { name: 'Rename ukraine', exact: true }).click();
  const field = dialog.getByRole('textbox', { name: 'New name for ukraine' });
  await expect(field).toBeFocused();
  await field.fill('diplomacy');
  await field.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('A tag named "diplomacy" already exists. Merge "ukraine" into "diplomacy" instead.');
  await field.fill('ua');
  await field.press('Enter');
  await expect(names).toHaveText(['diplomacy', 'ua', 'ceasefire']);
  await expect(names.nth(2)).toHaveAttribute('title', 'ua/ceasefire');

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(names).toHaveText(['diplomacy', 'ukraine', 'ceasefire']);
  await expect(names.nth(2)).toHaveAttribute('title', 'ukraine/ceasefire');
});

test('deleting a tag from the Settings menu keeps its articles', async ({ libraryPage, page }) => {
  const dialog = page.getByRole('dialog', { name: 'Manage tags' });
  await libraryPage.open();
  await libraryPage.showView('all');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Manage tags…' }).click();
  await dialog.getByRole('button', { name: 'Delete diplomacy' }).click();
  await expect(dialog.locator('.manage-tags__name')).toHaveText(['ukraine', 'ceasefire']);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “diplomacy” from 2 articles' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(libraryPage.titles).toHaveText(titles);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 } });

    test('the Manage tags dialog, for a look', async ({ libraryPage, page }) => {
      const dialog = page.getByRole('dialog', { name: 'Manage tags' });
      await libraryPage.open();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Manage tags…' }).click();
      await dialog.getByRole('button', { name: 'Colour of ukraine', exact: true }).click();
      await dialog.getByRole('button', { name: 'Teal' }).click();
      await dialog.getByRole('button', { name: 'Colour of diplomacy' }).click();
      await dialog.getByRole('button', { name: 'Purple' }).click();
      await dialog.getByRole('button', { name: 'Colour of ukraine/ceasefire' }).click();
      await expect(dialog.getByRole('button', { name: 'Teal' })).toHaveAttribute('aria-pressed', 'false');
      await page.screenshot({ path: `test-results/screenshots/tags-manage-${colorScheme}.png` });
    });
  });
}
