import type { Locator, Page } from '@playwright/test';
import type { HighlightColor } from '../../../src/shared/model/annotation';

/** The Highlights view: every highlight across the library, its filters and its exports. */
export class HighlightsView {
  readonly tab: Locator;
  readonly list: Locator;
  readonly items: Locator;
  /** Each listed highlight's quote, which is also the button that opens it in the reader. */
  readonly quotes: Locator;
  readonly count: Locator;
  readonly siteFilter: Locator;
  readonly empty: Locator;
  readonly exportButton: Locator;
  readonly copyMarkdown: Locator;
  readonly saveJsonLd: Locator;
  readonly exportOutcome: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Highlights' });
    this.list = page.getByRole('list', { name: 'Highlights' });
    this.items = this.list.getByRole('listitem');
    this.quotes = this.list.locator('.highlight-row__mark');
    this.count = page.locator('.list-controls__count');
    this.siteFilter = page.getByLabel('Site', { exact: true });
    this.empty = page.getByRole('region', { name: 'No highlights yet' });
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    const exportPanel = page.getByRole('group', { name: 'Export every highlight' });
    this.copyMarkdown = exportPanel.getByRole('button', { name: 'Copy all as Markdown' });
    this.saveJsonLd = exportPanel.getByRole('button', { name: 'Save as JSON-LD…' });
    this.exportOutcome = exportPanel.getByRole('status');
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  colorToggle(color: HighlightColor): Locator {
    return this.page.getByRole('group', { name: 'Colours' }).getByRole('button', { name: new RegExp(`^${color}$`, 'i') });
  }

  item(quote: string): Locator {
    return this.items.filter({ hasText: quote });
  }
}
