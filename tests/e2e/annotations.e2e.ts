import { bridgeStory, lostHighlight } from './fixtures/annotatedStory';
import { expect, test } from './fixtures/harnessTest';
import { AnnotationsReader } from './pages/AnnotationsReader';

const story = bridgeStory.article;
// Two paragraphs, a link and emphasis in one selection.
const SPANNING = ['members voted', 'found cracks'] as const;

test.describe('highlights and notes in the reader', () => {
  test.use({ seed: { articles: [bridgeStory] }, viewport: { width: 1280, height: 800 } });

  test('a selection across paragraphs, a link and emphasis is highlighted with h, painted, and kept', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    const selected = await notes.select(...SPANNING);
    expect(selected).toContain('close it to traffic');
    expect(selected).toContain('the first of May');
    await expect(notes.selectionPopover).toBeVisible();
    await page.keyboard.press('h');

    await expect.poll(() => notes.paintedIn('yellow')).toEqual([selected]);
    await expect(notes.selectionPopover).toBeHidden();
    await notes.openPanel();
    await expect(notes.highlights).toHaveCount(1);
    await expect(notes.highlights.first()).toContainText('close it to traffic');

    await page.reload();
    await libraryPage.openArticle(story.title);
    await expect.poll(() => notes.paintedIn('yellow')).toEqual([selected]);
    // Opened on a wide window with annotations: the panel is there by itself.
    await expect(notes.highlights).toHaveCount(1);
  });

  test('the popover at a selection highlights in a colour or with a note; a click on the highlight opens it again', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    const cracks = await notes.select('Engineers', 'five piers');
    await notes.selectionPopover.getByRole('button', { name: 'Highlight in blue' }).click();
    await expect.poll(() => notes.paintedIn('blue')).toEqual([cracks]);

    // `h` uses the colour chosen last.
    const buses = await notes.select('Buses', 'Cyclists keep a lane');
    await page.keyboard.press('h');
    await expect.poll(() => notes.paintedIn('blue')).toEqual([cracks, buses]);

    const council = await notes.select('The council met', 'Tuesday');
    await notes.selectionPopover.getByRole('button', { name: 'Add note' }).click();
    const editor = notes.highlightPopover.getByRole('textbox', { name: 'Note on the highlight' });
    await expect(editor).toBeFocused();
    await editor.fill('Ask the **clerk** for the _minutes_');
    await notes.highlightPopover.getByRole('button', { name: 'Save note' }).click();
    await expect(notes.highlightPopover.locator('strong')).toHaveText('clerk');
    // Esc closes the popover, not the article.
    await page.keyboard.press('Escape');
    await expect(notes.highlightPopover).toBeHidden();
    await expect(readerPage.title).toBeVisible();
    await notes.openPanel();
    await expect(notes.item('The council met').locator('strong')).toHaveText('clerk');
    await expect(notes.item('The council met').locator('em')).toHaveText('minutes');

    await notes.clickPainted(council);
    await expect(notes.highlightPopover).toBeVisible();
    await notes.highlightPopover.getByRole('button', { name: 'pink' }).click();
    await expect.poll(() => notes.paintedIn('pink')).toEqual([council]);
    await expect(notes.highlightPopover.getByRole('button', { name: 'pink' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(notes.highlightPopover).toBeHidden();
  });

  test('notes, colours and deleting (with Undo) from the panel; the article note persists', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    const selected = await notes.select(...SPANNING);
    await page.keyboard.press('h');
    await notes.openPanel();
    const item = notes.item('close it to traffic');

    await item.getByRole('button', { name: 'Add note' }).click();
    await item.getByRole('textbox', { name: 'Note on the highlight' }).fill('See [the report](https://city.example/report) and *page 4*');
    await item.getByRole('textbox').press('ControlOrMeta+Enter');
    await expect(item.getByRole('link', { name: 'the report' })).toBeVisible();
    await expect(item.locator('em')).toHaveText('page 4');

    await item.getByRole('button', { name: 'Make it green' }).click();
    await expect.poll(() => notes.paintedIn('green')).toEqual([selected]);
    await expect(item).toHaveAttribute('aria-label', 'Green highlight');

    await item.getByRole('button', { name: 'Delete' }).click();
    await expect(notes.highlights).toHaveCount(0);
    await expect.poll(() => notes.paintedIn('green')).toEqual([]);
    await notes.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(notes.highlights).toHaveCount(1);
    await expect.poll(() => notes.paintedIn('green')).toEqual([selected]);
    await expect(notes.item('close it to traffic').locator('em')).toHaveText('page 4');

    await notes.articleNote.getByRole('button', { name: 'Write a note' }).click();
    await notes.articleNote.getByRole('textbox', { name: 'Note on the article' }).fill('Follow up **in May**.');
    await notes.articleNote.getByRole('button', { name: 'Save note' }).click();
    await expect(notes.articleNote.locator('strong')).toHaveText('in May');
    await page.reload();
    await libraryPage.openArticle(story.title);
    await expect(notes.articleNote.locator('strong')).toHaveText('in May');
  });

  test('a click in the panel scrolls to the highlight and flashes it', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    await readerPage.scrollTo(1);
    const ferry = await notes.select('The last ferry', 'on Sunday');
    await page.keyboard.press('h');
    await readerPage.scrollTo(0);
    await notes.openPanel();
    await notes.item('The last ferry').getByRole('button', { name: /The last ferry/ }).click();
    await expect.poll(() => notes.painted()).toContainEqual(expect.objectContaining({ name: 'na-flash', text: ferry }));
    await expect.poll(() => readerPage.scrolled()).toBeGreaterThan(0.8);
    // The flash is brief.
    await expect.poll(() => notes.painted(), { timeout: 4000 }).not.toContainEqual(expect.objectContaining({ name: 'na-flash' }));
  });

  test('highlights stay on their words when the text size and width change', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    const selected = await notes.select(...SPANNING);
    await page.keyboard.press('h');
    await expect.poll(() => notes.paintedIn('yellow')).toEqual([selected]);
    const before = (await notes.painted()).find(({ text }) => text === selected)!.rects;
    expect(await notes.paintSitsOnItsWords(selected)).toBe(true);

    await readerPage.openSettings();
    await readerPage.settingsPanel.getByRole('button', { name: 'Larger text' }).click();
    await readerPage.settingsPanel.getByRole('button', { name: 'Larger text' }).click();
    await readerPage.choice('Narrow').click();
    await readerPage.choice('Sans').click();
    await expect.poll(async () => (await notes.painted()).find(({ text }) => text === selected)?.rects).not.toEqual(before);
    expect(await notes.paintedIn('yellow')).toEqual([selected]);
    expect(await notes.paintSitsOnItsWords(selected)).toBe(true);
  });
});

test.describe('orphans and export', () => {
  test.use({ seed: { articles: [bridgeStory], highlights: [lostHighlight] }, viewport: { width: 1280, height: 800 } });

  test('an orphan is listed with its quote and note and can be re-attached to new words', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    await expect(notes.orphans).toHaveCount(1);
    await expect(notes.orphans.first()).toContainText(lostHighlight.target.quote.exact);
    await expect(notes.orphans.first()).toContainText('The mayor said this on the radio.');
    const reattach = notes.orphans.first().getByRole('button', { name: 'Re-attach to selection' });
    await expect(reattach).toHaveAttribute('aria-disabled', 'true');

    const words = await notes.select('close it to traffic', 'close it to traffic');
    await expect(reattach).toHaveAttribute('aria-disabled', 'false');
    await reattach.click();
    await expect(notes.orphans).toHaveCount(0);
    await expect(notes.item(words)).toContainText('The mayor said this on the radio.');
    await expect.poll(() => notes.paintedIn('purple')).toEqual([words]);
  });

  test('exports the highlights as Markdown to the clipboard', async ({ libraryPage, readerPage, page, harness }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(story.title);
    await notes.select('Engineers found cracks', 'Engineers found cracks');
    await page.keyboard.press('h');
    await expect(notes.highlights).toHaveCount(1);
    await notes.panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(notes.exportStatus).toHaveText('Copied as Markdown.');
    const copied = harness.clipboardText() ?? '';
    expect(copied).toContain(story.title);
    expect(copied).toContain('> Engineers found cracks');
    expect(copied).toContain('a ferry across the river would replace it');

    await notes.panel.getByRole('button', { name: 'Save as JSON-LD…' }).click();
    await expect(notes.exportStatus).toContainText('Saved as JSON-LD to');
    expect(harness.savedExports()).toHaveLength(1);
  });
});
