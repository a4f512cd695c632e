import type { Locator, Page } from '@playwright/test';

/** The library's search: the box in the header, its tips, its results, and the saved searches in the sidebar. */
export class LibrarySearch {
  readonly box: Locator;
  /** The message under the box when a query does not parse. */
  readonly problem: Locator;
  readonly tipsButton: Locator;
  readonly tips: Locator;
  readonly results: Locator;
  readonly count: Locator;
  readonly noResults: Locator;
  readonly saveButton: Locator;
  readonly saveForm: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search the library' });
    this.problem = page.locator('.search-box__problem');
    this.tipsButton = page.getByRole('button', { name: 'Search tips' });
    this.tips = page.getByRole('group', { name: 'Search tips' });
    this.results = page.getByRole('list', { name: 'Search results' });
    this.count = page.locator('.search-count');
    this.noResults = page.locator('.no-results');
    this.saveButton = page.getByRole('button', { name: 'Save search…' });
    this.saveForm = page.getByRole('form', { name: 'Save this search' });
    this.saved = page.getByRole('navigation', { name: 'Saved searches' });
  }

  async search(query: string): Promise<void> {
    await this.box.fill(query);
  }

  result(title: string | RegExp): Locator {
    return this.results.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The results' titles, as the list reads them ("Unread: " before an unread one). */
  titles(): Locator {
    return this.results.getByRole('heading').getByRole('button');
  }
}
