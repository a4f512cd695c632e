import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from './fixtures/harnessTest';
import { NEWS_STORY } from './fixtures/newsPage';
import { dragOver, paste } from './fixtures/transferEvents';

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const trumpPutin = {
  title: 'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says',
  excerpt: 'Donald Trump, who called Vladimir Putin at 10 am',
};

test.describe('saving with the local network allowed', () => {
  test.use({ seed: { settings: { allowLocalNetwork: true } } });

  test('saves a page from its address: it tops the library and reads with its images, the broken one as a placeholder', async ({
    libraryPage,
    saveDialog,
    jobsPanel,
    readerPage,
    newsSite,
  }) => {
    await libraryPage.open();
    await saveDialog.saveAddress(newsSite.storyUrl);
    await expect(saveDialog.dialog).toBeHidden();
    const job = jobsPanel.job(NEWS_STORY.title);
    await expect(job).toContainText('Saved');
    await expect(libraryPage.titles.first()).toHaveText(`Unread: ${NEWS_STORY.title}`);

    await jobsPanel.openButton(job).click();
    await expect(readerPage.title).toHaveText(NEWS_STORY.title);
    await expect(jobsPanel.jobs).toHaveCount(0);
    await expect(readerPage.body.getByText('The harbour ferries returned to the water')).toBeVisible();
    await expect.poll(() => readerPage.imagesLoaded()).toEqual([true, true]);
    await expect(readerPage.body.getByRole('img', { name: `Image not saved: ${NEWS_STORY.brokenImageAlt}` })).toHaveText('Image not saved');
  });

  test('the reader tells how the copy was made, hashes included', async ({ libraryPage, saveDialog, jobsPanel, readerPage, newsSite }) => {
    await libraryPage.open();
    await saveDialog.saveAddress(newsSite.storyUrl);
    await jobsPanel.openButton(jobsPanel.job(NEWS_STORY.title)).click();
    await readerPage.aboutThisCopy.click();
    await expect(readerPage.fact('Source')).toContainText('Web address');
    await expect(readerPage.fact('Requested address')).toContainText(newsSite.storyUrl);
    await expect(readerPage.fact('HTTP status')).toContainText('200');
    await expect(readerPage.fact('Content type')).toContainText('text/html');
    await expect(readerPage.fact('SHA-256 of the raw capture').locator('code')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(readerPage.fact('SHA-256 of the text').locator('code')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(readerPage.fact('Images')).toContainText('2 stored, 1 could not be saved');
    await expect(readerPage.provenance.getByRole('region', { name: 'Images not saved' })).toContainText(`${newsSite.origin}/img/terminal-at-dusk.png`);
  });

  test('saving the same address again says it is already in the library, and Open goes to it', async ({
    libraryPage,
    saveDialog,
    jobsPanel,
    readerPage,
    newsSite,
  }) => {
    await libraryPage.open();
    await saveDialog.saveAddress(newsSite.storyUrl);
    await expect(jobsPanel.job(NEWS_STORY.title)).toContainText('Saved');
    await jobsPanel.dismissButton(jobsPanel.job(NEWS_STORY.title)).click();

    await saveDialog.saveAddress(newsSite.storyUrl);
    const again = jobsPanel.job('Already in your library');
    await expect(again).toBeVisible();
    await expect(libraryPage.items).toHaveCount(1);
    await jobsPanel.openButton(again).click();
    await expect(readerPage.title).toHaveText(NEWS_STORY.title);
  });

  test('an unreachable address gives one clear error and adds nothing', async ({ libraryPage, saveDialog, jobsPanel }) => {
    await libraryPage.open();
    await saveDialog.saveAddress('http://127.0.0.1:9/');
    const job = jobsPanel.job('http://127.0.0.1:9/');
    await expect(job).toHaveClass(/job--failed/);
    await expect(job.locator('.job__status')).toHaveText(/^[^\n]+\.$/);
    await jobsPanel.dismissButton(job).click();
    await expect(jobsPanel.jobs).toHaveCount(0);
    await expect(libraryPage.welcome).toBeVisible();
  });

  test('a slow save can be cancelled, and nothing is added', async ({ libraryPage, saveDialog, jobsPanel, newsSite }) => {
    await libraryPage.open();
    await saveDialog.saveAddress(newsSite.slowUrl);
    const job = jobsPanel.job(newsSite.slowUrl);
    await expect(job).toContainText('Downloading…');
    await jobsPanel.cancelButton(job).click();
    await expect(job).toContainText('Cancelled; nothing was saved.');
    await expect(libraryPage.welcome).toBeVisible();
  });
});

test('a private address is refused while the local network is not allowed', async ({ libraryPage, saveDialog, jobsPanel, newsSite }) => {
  await libraryPage.open();
  await saveDialog.saveAddress(newsSite.storyUrl);
  const job = jobsPanel.job(newsSite.storyUrl);
  await expect(job).toHaveClass(/job--failed/);
  await expect(job).toContainText(/local network|this computer/i);
  await expect(libraryPage.welcome).toBeVisible();
});

test('pasted text is saved with its title and standfirst', async ({ libraryPage, jobsPanel }) => {
  const text = await readFile(resolve(fixtures, 'trump-putin-call.txt'), 'utf8');
  await libraryPage.open();
  await expect(libraryPage.welcome).toBeVisible();
  await paste(libraryPage.page, { 'text/plain': text });
  await expect(jobsPanel.job(trumpPutin.title)).toContainText('Saved');
  const item = libraryPage.item(trumpPutin.title);
  await expect(item).toContainText(trumpPutin.excerpt);
  await expect(item).not.toContainText('Advertisement');
});

test('a dropped web page is saved; a dropped photo is refused with a reason', async ({ libraryPage, jobsPanel, page }) => {
  await libraryPage.open();
  const html = `<!doctype html><html><head><title>Dropped page</title></head><body><article><h1>A page saved from disk</h1>
    ${'<p>This page was saved by a browser and dropped onto the window, with enough words to read as an article body.</p>'.repeat(6)}
    </article></body></html>`;
  const drag = await dragOver(page, { files: [{ name: 'saved-page.html', text: html, type: 'text/html' }] });
  await expect(page.getByText('Drop to save')).toBeVisible();
  await drag.drop();
  await expect(page.getByText('Drop to save')).toBeHidden();
  await expect(jobsPanel.job(/A page saved from disk|Dropped page/)).toContainText('Saved');
  await expect(libraryPage.titles.first()).toHaveText(/A page saved from disk|Dropped page/);

  const photo = await dragOver(page, { files: [{ name: 'photo.jpg', text: 'not really', type: 'image/jpeg' }] });
  await photo.drop();
  await expect(jobsPanel.job('photo.jpg')).toContainText('“photo.jpg” can’t be saved');
});

test('the Save dialog: shortcut, validation, files, focus kept inside, Esc closes', async ({ libraryPage, saveDialog, page }) => {
  await libraryPage.open();
  const saveButton = page.getByRole('banner').getByRole('button', { name: 'Save', exact: true });
  await expect(saveButton).toHaveAttribute('aria-keyshortcuts', /^(Control|Meta)\+S$/);
  await expect(saveButton).toHaveAttribute('title', /Ctrl\+S|⌘S/);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(saveDialog.dialog).toBeVisible();
  await expect(saveDialog.address).toBeFocused();

  await saveDialog.address.fill('ftp://files.example/story.html');
  await saveDialog.address.press('ControlOrMeta+s');
  await expect(saveDialog.problem).toHaveText('Only web pages can be saved from an address (http:// or https://), not “ftp:” links.');
  await expect(saveDialog.address).toHaveAttribute('aria-invalid', 'true');

  await saveDialog.chooseFiles.click();
  await expect(saveDialog.filesMessage).toContainText(/drop the files onto the window|desktop app/i);

  // Tabbing round the dialog never reaches the page behind it.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await saveDialog.dialog.evaluate((dialog) => dialog.contains(dialog.ownerDocument.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(saveDialog.dialog).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Save', exact: true })).toBeVisible();
});
