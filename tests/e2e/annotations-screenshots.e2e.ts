import type { Page } from '@playwright/test';
import { HIGHLIGHT_COLORS } from '../../src/shared/model/annotation';
import { bridgeStory, lostHighlight } from './fixtures/annotatedStory';
import { expect, test } from './fixtures/harnessTest';
import { AnnotationsReader } from './pages/AnnotationsReader';
import type { ReaderPage } from './pages/ReaderPage';

// Highlights, a popover and the side panel in each theme, for a person to look at (test-results/screenshots).
const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

/** WCAG contrast of the article's text over each highlight colour, as the frame resolves them in its theme. */
function textContrastOverHighlights(readerPage: ReaderPage): Promise<Record<string, number>> {
  return readerPage.body.locator('.article-body').evaluate((body, colors) => {
    const view = body.ownerDocument.defaultView!;
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((channel) => channel / 255);
      const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    // A probe outside the article's text, removed at once: ::highlight() colours cannot be read back.
    const probe = body.ownerDocument.createElement('span');
    body.ownerDocument.body.append(probe);
    const text = view.getComputedStyle(body).color;
    const ratios = Object.fromEntries(
      colors.map((color) => {
        probe.style.setProperty('background-color', `var(--highlight-${color})`);
        const [light, dark] = [luminance(text), luminance(view.getComputedStyle(probe).backgroundColor)].sort((a, b) => b - a) as [number, number];
        return [color, Math.round(((light + 0.05) / (dark + 0.05)) * 10) / 10];
      }),
    );
    probe.remove();
    return ratios;
  }, [...HIGHLIGHT_COLORS, 'flash']);
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ seed: { articles: [bridgeStory], highlights: [lostHighlight], settings: { theme } }, viewport: { width: 1280, height: 800 } });

    test('highlights in every colour, a popover and the panel, with readable text', async ({ libraryPage, readerPage, page }) => {
      const notes = new AnnotationsReader(page, readerPage);
      await libraryPage.open();
      await libraryPage.openArticle(bridgeStory.article.title);
      const picks: Array<[string, string, string]> = [
        ['The council met', 'Tuesday evening', 'Highlight in yellow'],
        ['members voted', 'the first of May', 'Highlight in green'],
        ['Engineers found', 'five piers', 'Highlight in blue'],
        ['Buses will', 'new road', 'Highlight in pink'],
        ['Cyclists keep', 'the bridge', 'Highlight in purple'],
      ];
      for (const [from, to, button] of picks) {
        await notes.select(from, to);
        await notes.selectionPopover.getByRole('button', { name: button }).click();
      }
      await expect(notes.highlights).toHaveCount(5);
      await notes.item('Engineers found').getByRole('button', { name: 'Add note' }).click();
      await notes.item('Engineers found').getByRole('textbox').fill('Which **two** piers? The report says [page 12](https://city.example/report).');
      await notes.item('Engineers found').getByRole('button', { name: 'Save note' }).click();

      const contrast = await textContrastOverHighlights(readerPage);
      console.log(`${theme}: text over highlights`, contrast);
      for (const ratio of Object.values(contrast)) expect(ratio).toBeGreaterThanOrEqual(4.5);

      await notes.select('The last ferry', 'on Sunday');
      await readerPage.scrollTo(0);
      await notes.select('decide the future', 'the old bridge');
      await shoot(page, `annotations-selection-${theme}`);
      await page.keyboard.press('Escape');
      await notes.clickPainted('Engineers found cracks in two of the five piers');
      await expect(notes.highlightPopover).toBeVisible();
      await shoot(page, `annotations-panel-${theme}`);
    });
  });
}

test.describe('a narrow window', () => {
  test.use({ seed: { articles: [bridgeStory], highlights: [lostHighlight] }, viewport: { width: 820, height: 760 } });

  test('the panel slides over the text instead of squeezing it', async ({ libraryPage, readerPage, page }) => {
    const notes = new AnnotationsReader(page, readerPage);
    await libraryPage.open();
    await libraryPage.openArticle(bridgeStory.article.title);
    await expect(notes.panel).toBeHidden();
    const width = (await readerPage.textStyle()).width;
    await page.keyboard.press('n');
    await expect(notes.panel).toBeVisible();
    expect((await readerPage.textStyle()).width).toBe(width);
    await shoot(page, 'annotations-drawer');
    await notes.panel.getByRole('button', { name: 'Close highlights and notes' }).click();
    await expect(notes.panel).toBeHidden();
  });
});
