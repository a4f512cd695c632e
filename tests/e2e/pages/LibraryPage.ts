import type { Locator, Page } from '@playwright/test';
import type { LibraryView } from '../../../src/shared/model/articleQuery';

const VIEW_LABELS: Record<LibraryView, string> = {
  unread: 'Unread',
  all: 'All',
  starred: 'Starred',
  archive: 'Archive',
  trash: 'Trash',
};

/** The library: its views, its list of articles, its notices. */
export class LibraryPage {
  readonly welcome: Locator;
  readonly list: Locator;
  readonly items: Locator;
  /** Each listed article's title, which is also the button that opens it. */
  readonly titles: Locator;
  readonly notices: Locator;
  readonly emptyView: Locator;

  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {
    this.welcome = page.getByRole('region', { name: 'Your library is empty' });
    this.list = page.getByRole('list', { name: /articles$/ });
    this.items = this.list.getByRole('listitem');
    this.titles = this.list.getByRole('heading').getByRole('button');
    this.notices = page.getByRole('region', { name: 'Library notices' });
    this.emptyView = page.locator('.empty-view');
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  viewTab(view: LibraryView): Locator {
    return this.page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: VIEW_LABELS[view] });
  }

  async showView(view: LibraryView): Promise<void> {
    await this.viewTab(view).click();
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async openArticle(title: string): Promise<void> {
    await this.item(title).getByRole('button').click();
  }
}
