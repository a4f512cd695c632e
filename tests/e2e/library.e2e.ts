import { expect, test } from './fixtures/harnessTest';
import { budgetTalks, nightTrain, oldRecipe, rivers, sampleLibrary } from './fixtures/sampleArticles';

test.describe('an empty library', () => {
  test('welcomes the reader with every way to save the first article', async ({ libraryPage, libraryDir, saveDialog }) => {
    await libraryPage.open();
    await expect(libraryPage.welcome).toBeVisible();
    await expect(libraryPage.welcome).toContainText('news-archive add <url>');
    await expect(libraryPage.welcome).toContainText(/Paste a link/);
    await expect(libraryPage.welcome).toContainText(/Drop a link/);
    await expect(libraryPage.welcome).toContainText(/Ctrl\+S|⌘S/);
    await expect(libraryPage.welcome).toContainText(libraryDir);
    await libraryPage.welcome.getByRole('button', { name: 'Save your first article' }).click();
    await expect(saveDialog.dialog).toBeVisible();
    await expect(saveDialog.address).toBeFocused();
  });
});

test.describe('a library with articles', () => {
  test.use({ seed: { articles: sampleLibrary } });

  test('lists the unread articles with their site, authors, date and reading time', async ({ libraryPage }) => {
    await libraryPage.open();
    await expect(libraryPage.viewTab('unread')).toHaveAttribute('aria-current', 'page');
    await expect(libraryPage.titles).toHaveText([`Unread: ${nightTrain.article.title}`]);
    const item = libraryPage.item(nightTrain.article.title);
    await expect(item).toContainText('The Meridian');
    await expect(item).toContainText('Ana Duarte');
    await expect(item).toContainText(/Published 14 Mar 2025|Published Mar 14, 2025/);
    await expect(item).toContainText('7 min read');
    await expect(item).toContainText('Sleeper services are back');
  });

  test('switches between the views', async ({ libraryPage }) => {
    await libraryPage.open();
    await libraryPage.showView('all');
    // Everything not in the trash, newest saved first; read articles carry no "Unread" mark.
    await expect(libraryPage.titles).toHaveText([
      `Unread: ${nightTrain.article.title}`,
      rivers.article.title,
      `Unread: ${budgetTalks.article.title}`,
    ]);
    await libraryPage.showView('starred');
    await expect(libraryPage.titles).toHaveText([rivers.article.title]);
    await expect(libraryPage.item(rivers.article.title).getByRole('img', { name: 'Starred' })).toBeVisible();
    await libraryPage.showView('archive');
    await expect(libraryPage.titles).toHaveText([`Unread: ${budgetTalks.article.title}`]);
    await libraryPage.showView('trash');
    await expect(libraryPage.titles).toHaveText([`Unread: ${oldRecipe.article.title}`]);
    await expect(libraryPage.viewTab('trash')).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('a library with nothing unread', () => {
  test.use({ seed: { articles: [rivers] } });

  test('says so instead of welcoming a newcomer', async ({ libraryPage }) => {
    await libraryPage.open();
    await expect(libraryPage.emptyView).toHaveText('You have read everything you saved.');
    await expect(libraryPage.welcome).toHaveCount(0);
  });
});

test.describe('a library whose settings file was damaged', () => {
  test.use({ seed: { articles: [nightTrain], overwriteFiles: { 'records/settings.json': '{"theme": "da' } } });

  test('shows what was repaired, until dismissed', async ({ libraryPage }) => {
    await libraryPage.open();
    await expect(libraryPage.notices.getByRole('alert')).toContainText('records/settings.json was damaged');
    await libraryPage.notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(libraryPage.notices).toHaveCount(0);
    await expect(libraryPage.item(nightTrain.article.title)).toBeVisible();
  });
});

test('the chosen theme applies at once and is kept with the library', async ({ libraryPage, settingsMenu, page }) => {
  await libraryPage.open();
  await settingsMenu.open();
  await expect(settingsMenu.theme).toBeEnabled();
  await settingsMenu.theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await settingsMenu.open();
  await expect(settingsMenu.theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the local-network switch is off by default, says why, and is kept with the library', async ({ libraryPage, settingsMenu, page }) => {
  await libraryPage.open();
  await settingsMenu.open();
  await expect(settingsMenu.localNetwork).not.toBeChecked();
  await expect(settingsMenu.panel).toContainText('Off by default');
  await settingsMenu.localNetwork.check();
  await page.keyboard.press('Escape');
  await expect(settingsMenu.panel).toBeHidden();
  await expect(settingsMenu.button).toBeFocused();
  await page.reload();
  await settingsMenu.open();
  await expect(settingsMenu.localNetwork).toBeChecked();
});
