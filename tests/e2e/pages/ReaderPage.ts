import type { FrameLocator, Locator, Page } from '@playwright/test';

/** One article open in the reader: its header and the sandboxed frame with its body. */
export class ReaderPage {
  readonly title: Locator;
  readonly header: Locator;
  readonly originalLink: Locator;
  readonly frameElement: Locator;
  readonly body: FrameLocator;

  constructor(readonly page: Page) {
    this.header = page.locator('header.reader-header');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.originalLink = this.header.getByRole('link', { name: /Read the original/ });
    this.frameElement = page.locator('iframe.article-frame');
    this.body = page.frameLocator('iframe.article-frame');
  }

  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
