import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures/harnessTest';
import { archiveVisit, binned, cranes, ferries, floods, glaciers, shelf, unreadTitles } from './fixtures/libraryShelf';
import { pngImage } from './fixtures/pngImage';

const exists = (path: string) => access(path).then(() => true, () => false);
const unread = (title: string) => `Unread: ${title}`;

test.use({ seed: { articles: shelf } });

test('sorts by any key both ways, and filters by site with the filter shown and clearable', async ({ libraryPage }) => {
  await libraryPage.open();
  await libraryPage.showView('all');
  await expect(libraryPage.titles).toHaveCount(5);
  await libraryPage.sortBy.selectOption({ label: 'Reading time' });
  await expect(libraryPage.titles.first()).toHaveText(unread(ferries.article.title));
  await expect(libraryPage.titles.last()).toHaveText(archiveVisit.article.title);
  await libraryPage.direction.click();
  await expect(libraryPage.titles.first()).toHaveText(archiveVisit.article.title);
  await libraryPage.sortBy.selectOption({ label: 'Title' });
  await expect(libraryPage.titles.first()).toHaveText(unread(glaciers.article.title));

  await libraryPage.siteFilter.selectOption({ label: 'Harbor Weekly (2)' });
  await expect(libraryPage.titles).toHaveText([unread(cranes.article.title), unread(ferries.article.title)]);
  await expect(libraryPage.page.getByText('Only Harbor Weekly')).toBeVisible();
  await libraryPage.clearSiteFilter.click();
  await expect(libraryPage.titles).toHaveCount(5);
});

test('shift-click selects a range, ctrl-click toggles, and each bulk action can be undone', async ({ libraryPage }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveText(unreadTitles.map(unread));
  await libraryPage.checkbox(cranes.article.title).check();
  await libraryPage.clickWith(ferries.article.title, 'Shift');
  await expect(libraryPage.toolbar).toContainText('3 articles selected');
  await libraryPage.clickWith(floods.article.title, 'ControlOrMeta');
  await expect(libraryPage.toolbar).toContainText('2 articles selected');

  await libraryPage.act('Archive');
  await expect(libraryPage.toast).toContainText('2 articles archived');
  await expect(libraryPage.titles).toHaveText([floods, glaciers].map(({ article }) => unread(article.title)));
  await libraryPage.undo();
  await expect(libraryPage.titles).toHaveText(unreadTitles.map(unread));

  // Starring a mix, then undoing, leaves the one already starred starred.
  await libraryPage.showView('all');
  await libraryPage.clickWith(glaciers.article.title, 'ControlOrMeta');
  await libraryPage.clickWith(archiveVisit.article.title, 'ControlOrMeta');
  await libraryPage.act('Star');
  await expect(libraryPage.toast).toContainText('1 article starred');
  await expect(libraryPage.item(glaciers.article.title).getByRole('img', { name: 'Starred' })).toBeVisible();
  await libraryPage.undo();
  await expect(libraryPage.item(glaciers.article.title).getByRole('img', { name: 'Starred' })).toHaveCount(0);
  await expect(libraryPage.item(archiveVisit.article.title).getByRole('img', { name: 'Starred' })).toBeVisible();

  await libraryPage.clickWith(cranes.article.title, 'ControlOrMeta');
  await libraryPage.act('Mark read');
  await expect(libraryPage.titles.first()).toHaveText(cranes.article.title);
  await libraryPage.undo();
  await expect(libraryPage.titles.first()).toHaveText(unread(cranes.article.title));
});

test('select all, delete, undo, restore, and Empty Trash deletes the files for good', async ({ libraryPage, libraryDir, page }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveCount(4);
  await page.keyboard.press('ControlOrMeta+a');
  await expect(libraryPage.toolbar).toContainText('4 articles selected');
  await libraryPage.act('Delete');
  await expect(libraryPage.toast).toContainText('4 articles moved to the Trash');
  await expect(libraryPage.emptyView).toBeVisible();
  await libraryPage.undo();
  await expect(libraryPage.titles).toHaveCount(4);

  await libraryPage.checkbox(floods.article.title).check();
  await libraryPage.act('Delete');
  await libraryPage.showView('trash');
  await expect(libraryPage.titles).toHaveText([unread(floods.article.title), unread(binned.article.title)]);
  await libraryPage.checkbox(floods.article.title).check();
  await libraryPage.act('Restore');
  await expect(libraryPage.titles).toHaveText([unread(binned.article.title)]);

  const folder = join(libraryDir, 'content', binned.article.id);
  expect(await exists(folder)).toBe(true);
  await libraryPage.emptyTrashButton.click();
  await expect(libraryPage.confirmDialog).toContainText('This deletes 1 article from the disk for good');
  await expect(libraryPage.confirmDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await libraryPage.confirmDialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(libraryPage.toast).toContainText('1 article deleted for good');
  await expect(libraryPage.emptyView).toHaveText('The trash is empty.');
  expect(await exists(folder)).toBe(false);
  await libraryPage.showView('unread');
  await expect(libraryPage.item(floods.article.title)).toBeVisible();
});

test('shows the lead image as a thumbnail and how far a started article was read', async ({ libraryPage, libraryDir }) => {
  const images = join(libraryDir, 'content', cranes.article.id, 'images');
  await mkdir(images, { recursive: true });
  await writeFile(join(images, 'lead.png'), pngImage(240, 160, [30, 90, 160], [220, 180, 90]));
  await libraryPage.open();
  const thumbnail = libraryPage.item(cranes.article.title).locator('img');
  await expect(thumbnail).toHaveAttribute('alt', '');
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(240);
  await expect(libraryPage.item(floods.article.title)).toContainText('40% read');
  await expect(libraryPage.item(glaciers.article.title)).toContainText('climate');
  await expect(libraryPage.item(glaciers.article.title)).toContainText(/Saved 17 Mar 2025|Saved Mar 17, 2025/);
});

test('follows changes made elsewhere while it is open', async ({ libraryPage, harness }) => {
  await libraryPage.open();
  await expect(libraryPage.titles).toHaveCount(4);
  const fresh = { ...cranes.article, id: '00000000-0000-4000-8000-0000000000f1', title: 'Saved from the command line', leadImage: null, savedAt: '2025-04-01T08:00:00.000Z' };
  await harness.library.articles.add(fresh, { html: '<p>New.</p>', text: 'New.' });
  await expect(libraryPage.titles.first()).toHaveText(unread(fresh.title));
  await harness.library.articles.setState([glaciers.article.id], { read: true });
  await harness.library.articles.trash([ferries.article.id]);
  await expect(libraryPage.titles).toHaveText([fresh, cranes.article, floods.article].map(({ title }) => unread(title)));
});
