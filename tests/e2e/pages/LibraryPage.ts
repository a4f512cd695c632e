import type { Locator, Page } from '@playwright/test';
import type { LibraryView } from '../../../src/shared/model/articleQuery';

const VIEW_LABELS: Record<LibraryView, string> = {
  unread: 'Unread',
  all: 'All',
  starred: 'Starred',
  archive: 'Archive',
  trash: 'Trash',
};

/** The library: its views, its list of articles, their order and filter, selection, actions and notices. */
export class LibraryPage {
  readonly welcome: Locator;
  readonly list: Locator;
  readonly items: Locator;
  /** Each listed article's title, which is also the button that opens it. */
  readonly titles: Locator;
  readonly notices: Locator;
  readonly emptyView: Locator;
  readonly sortBy: Locator;
  readonly direction: Locator;
  readonly siteFilter: Locator;
  readonly clearSiteFilter: Locator;
  readonly toolbar: Locator;
  /** The message of the last action, with its Undo. */
  readonly toast: Locator;
  readonly emptyTrashButton: Locator;
  readonly confirmDialog: Locator;

  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {
    this.welcome = page.getByRole('region', { name: 'Welcome to News Archive' });
    this.list = page.getByRole('list', { name: /articles$/ });
    this.items = this.list.getByRole('listitem');
    this.titles = this.list.getByRole('heading').getByRole('button');
    this.notices = page.getByRole('region', { name: 'Library notices' });
    this.emptyView = page.locator('.empty-view');
    this.sortBy = page.getByLabel('Sort by');
    this.direction = page.getByRole('button', { name: /first; change to|A to Z|Z to A/ });
    this.siteFilter = page.getByLabel('Site', { exact: true });
    this.clearSiteFilter = page.getByRole('button', { name: /^Clear the site filter/ });
    this.toolbar = page.getByRole('toolbar', { name: 'Selected articles' });
    this.toast = page.locator('.undo-toast');
    this.emptyTrashButton = page.getByRole('button', { name: 'Empty Trash…' });
    this.confirmDialog = page.getByRole('dialog', { name: 'Empty the Trash?' });
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

  checkbox(title: string): Locator {
    return this.item(title).getByRole('checkbox');
  }

  async openArticle(title: string): Promise<void> {
    await this.item(title).getByRole('heading').getByRole('button').click();
  }

  /** Clicks a row's title with a modifier: 'ControlOrMeta' toggles it, 'Shift' extends the selection to it. */
  async clickWith(title: string, modifier: 'ControlOrMeta' | 'Shift'): Promise<void> {
    await this.item(title).getByRole('heading').getByRole('button').click({ modifiers: [modifier] });
  }

  async act(label: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: label, exact: true }).click();
  }

  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: 'Undo' }).click();
  }
}
