import { expect, test } from './fixtures/harnessTest';
import { seedArticle } from './fixtures/sampleArticles';
import { TagFilterPanel } from './pages/TagFilterPanel';

const truce = seedArticle({ title: 'Talks on a truce resume', savedAt: '2025-03-20T08:00:00.000Z', tags: ['ukraine/ceasefire', 'diplomacy'] });
const grain = seedArticle({ title: 'Grain ships leave Odesa', savedAt: '2025-03-19T08:00:00.000Z', tags: ['ukraine'] });
const summit = seedArticle({ title: 'A summit in Geneva', savedAt: '2025-03-18T08:00:00.000Z', tags: ['diplomacy'] });
const glacier = seedArticle({ title: 'A glacier measured by hand', savedAt: '2025-03-17T08:00:00.000Z' });
// Every title is listed after its (unread) state, which the screen reader hears first.
const unread = (...articles: { article: { title: string } }[]) => articles.map(({ article }) => `Unread: ${article.title}`);
const allTitles = unread(truce, grain, summit, glacier);

test.use({ seed: { articles: [truce, grain, summit, glacier] } });

test('a parent tag shows its children’s articles too, all-of narrows, and clearing restores the list', async ({ libraryPage, page }) => {
  const filter = new TagFilterPanel(page);
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveText(allTitles);

  await filter.button.click();
  // The tree, flattened: the child is indented under its parent, each counted with its branch.
  const rows = ['diplomacy 2 articles', 'ukraine 2 articles', 'ceasefire 1 article'];
  await expect(filter.panel.getByRole('checkbox')).toHaveCount(rows.length);
  for (const [index, name] of rows.entries()) await expect(filter.panel.getByRole('checkbox').nth(index)).toHaveAccessibleName(name);
  await filter.button.click();

  await filter.apply(['ukraine']);
  await expect(libraryPage.titles).toHaveText(unread(truce, grain));
  await expect(filter.chips).toHaveText(['ukraine ✕']);

  await filter.apply(['diplomacy'], 'All');
  await expect(libraryPage.titles).toHaveText(unread(truce));
  await expect(filter.button).toHaveAccessibleName('Tags (2)');

  await filter.chips.filter({ hasText: 'ukraine' }).click();
  await expect(libraryPage.titles).toHaveText(unread(truce, summit));

  await filter.clear.click();
  await expect(libraryPage.titles).toHaveText(allTitles);
  await expect(filter.chips).toHaveCount(0);
});

test('the sidebar filters by a branch and collapses it', async ({ libraryPage, page }) => {
  const filter = new TagFilterPanel(page);
  const sidebar = page.getByRole('navigation', { name: 'Tags' });
  await libraryPage.open();
  await sidebar.getByRole('button', { name: 'ukraine, 2 articles' }).click();
  await expect(libraryPage.titles).toHaveText(unread(truce, grain));
  await expect(sidebar.getByRole('button', { name: 'ukraine, 2 articles' })).toHaveAttribute('aria-current', 'true');
  await expect(filter.chips).toHaveText(['ukraine ✕']);

  const toggle = sidebar.getByRole('button', { name: 'Show the tags under ukraine' });
  await expect(sidebar.getByRole('button', { name: 'ukraine/ceasefire, 1 article' })).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar.getByRole('button', { name: 'ukraine/ceasefire, 1 article' })).toHaveCount(0);

  await filter.clear.click();
  await expect(libraryPage.titles).toHaveText(allTitles);
  await expect(sidebar.locator('[aria-current]')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 } });

    test('the tag filter, for a look', async ({ libraryPage, page }) => {
      const filter = new TagFilterPanel(page);
      await libraryPage.open();
      await filter.apply(['ukraine', 'diplomacy']);
      await expect(libraryPage.titles).toHaveCount(3);
      await filter.button.click();
      await page.screenshot({ path: `test-results/screenshots/tags-filter-${colorScheme}.png` });
    });

    test('the tag sidebar, for a look', async ({ libraryPage, page }) => {
      await libraryPage.open();
      await page.getByRole('navigation', { name: 'Tags' }).getByRole('button', { name: 'ukraine, 2 articles' }).click();
      await expect(libraryPage.titles).toHaveCount(2);
      await page.screenshot({ path: `test-results/screenshots/tags-sidebar-${colorScheme}.png` });
    });
  });
}
