import type { Locator, Page } from '@playwright/test';
import type { ReaderPage } from './ReaderPage';

/** A painted highlight in the frame: its registry name (`na-yellow`…), its text and its lines on screen. */
export interface Painted {
  name: string;
  text: string;
  rects: Array<{ x: number; y: number; width: number; height: number }>;
}

/** Highlights and notes in the reader: selecting in the frame, what is painted there, the popovers and the side panel. */
export class AnnotationsReader {
  readonly panel: Locator;
  readonly panelButton: Locator;
  readonly selectionPopover: Locator;
  readonly highlightPopover: Locator;
  readonly articleNote: Locator;
  readonly highlights: Locator;
  readonly orphans: Locator;
  readonly exportStatus: Locator;
  readonly toast: Locator;

  constructor(
    readonly page: Page,
    readonly reader: ReaderPage,
  ) {
    this.panel = page.getByRole('complementary', { name: 'Highlights and notes' });
    this.panelButton = reader.toolbar.getByRole('button', { name: /^Notes/ });
    this.selectionPopover = page.getByRole('toolbar', { name: 'Highlight the selection' });
    this.highlightPopover = page.getByRole('dialog', { name: 'Highlight' });
    this.articleNote = this.panel.getByRole('region', { name: 'Article note' });
    this.highlights = this.panel.getByRole('region', { name: /^Highlights/ }).getByRole('listitem');
    this.orphans = this.panel.getByRole('region', { name: /^Not found in the text/ }).getByRole('listitem');
    this.exportStatus = this.panel.getByRole('region', { name: 'Export' }).getByRole('status');
    this.toast = page.locator('.undo-toast');
  }

  async openPanel(): Promise<void> {
    if ((await this.panelButton.getAttribute('aria-pressed')) !== 'true') await this.panelButton.click();
  }

  /**
   * Selects in the article, as a drag would, from the start of `from` to the end of `to` (each the
   * words of one text node); answers the selected text.
   */
  async select(from: string, to: string): Promise<string> {
    return this.reader.body.locator('.article-body').evaluate(
      (body, [first, last]) => {
        const doc = body.ownerDocument;
        const walker = doc.createTreeWalker(body, 4);
        const nodes: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const start = nodes.find((node) => node.data.includes(first!))!;
        const end = nodes.find((node) => node.data.includes(last!))!;
        const range = doc.createRange();
        range.setStart(start, start.data.indexOf(first!));
        range.setEnd(end, end.data.indexOf(last!) + last!.length);
        doc.defaultView!.focus();
        const selection = doc.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return range.toString();
      },
      [from, to],
    );
  }

  /** Every highlight painted in the frame (flash and active marks included), by registry name. */
  async painted(): Promise<Painted[]> {
    return this.reader.body.locator('html').evaluate((root) => {
      const view = root.ownerDocument.defaultView as Window & typeof globalThis;
      const all: Painted[] = [];
      // Iterated, not forEach: a callback made in the test's world may not run in the frame's registry.
      for (const [name, highlight] of view.CSS.highlights) {
        for (const range of highlight as Iterable<Range>) {
          const rects = Array.from(range.getClientRects()).map(({ x, y, width, height }) => ({ x, y, width, height }));
          all.push({ name, text: range.toString(), rects });
        }
      }
      return all;
    });
  }

  /** The texts painted in a colour, e.g. `yellow`. */
  async paintedIn(color: string): Promise<string[]> {
    return (await this.painted()).filter(({ name }) => name === `na-${color}`).map(({ text }) => text);
  }

  /** Whether every line of the painted `text` has, at its middle, a caret inside those very words. */
  async paintSitsOnItsWords(text: string): Promise<boolean> {
    return this.reader.body.locator('html').evaluate((root, words) => {
      const doc = root.ownerDocument;
      const view = doc.defaultView as Window & typeof globalThis;
      let range: Range | null = null;
      for (const [name, highlight] of view.CSS.highlights) {
        if (['na-flash', 'na-active'].includes(name)) continue;
        for (const painted of highlight as Iterable<Range>) if (painted.toString() === words) range = painted;
      }
      if (!range) return false;
      return Array.from(range.getClientRects())
        .filter(({ width }) => width > 2)
        .every((line) => {
          const caret = doc.caretPositionFromPoint(line.x + line.width / 2, line.y + line.height / 2);
          return caret !== null && range.isPointInRange(caret.offsetNode, caret.offset);
        });
    }, text);
  }

  /** Clicks the middle of the first line of a painted highlight, as a person would click the text. */
  async clickPainted(text: string): Promise<void> {
    const lineOf = async () => (await this.painted()).find((painted) => painted.text === text && !['na-flash', 'na-active'].includes(painted.name))!.rects[0]!;
    const before = (await this.reader.frameElement.boundingBox())!;
    await this.page.evaluate((top) => window.scrollBy(0, top - window.innerHeight / 2), before.y + (await lineOf()).y);
    const line = await lineOf();
    const frame = (await this.reader.frameElement.boundingBox())!;
    await this.page.mouse.click(frame.x + line.x + line.width / 2, frame.y + line.y + line.height / 2);
  }

  item(quote: string): Locator {
    return this.highlights.filter({ hasText: quote });
  }
}
