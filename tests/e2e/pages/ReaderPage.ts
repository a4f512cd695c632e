import type { FrameLocator, Locator, Page } from '@playwright/test';

/** One article open in the reader: its header and the sandboxed frame with its body. */
export class ReaderPage {
  readonly title: Locator;
  readonly header: Locator;
  readonly originalLink: Locator;
  readonly frameElement: Locator;
  readonly body: FrameLocator;
  /** The "About this copy" disclosure and the facts it shows. */
  readonly aboutThisCopy: Locator;
  readonly provenance: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('header.reader-header');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.originalLink = this.header.getByRole('link', { name: /Read the original/ });
    this.frameElement = page.locator('iframe.article-frame');
    this.body = page.frameLocator('iframe.article-frame');
    this.aboutThisCopy = this.header.getByText('About this copy');
    this.provenance = this.header.locator('details.provenance');
  }

  /** The provenance fact called `label` (its value and Copy button). */
  fact(label: string): Locator {
    return this.provenance.locator('.provenance__fact').filter({ has: this.page.locator('dt', { hasText: label }) });
  }

  /** Whether every image of the article body has loaded and has pixels. */
  async imagesLoaded(): Promise<boolean[]> {
    return this.body.locator('img').evaluateAll((images) => images.map((image) => (image as unknown as { naturalWidth: number }).naturalWidth > 0));
  }

  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
