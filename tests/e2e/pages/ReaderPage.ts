import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Api } from '../../../src/shared/ipc/contract';
import type { Article, ArticleId } from '../../../src/shared/model/article';

/** One article open in the reader: its toolbar, reading settings, header and the sandboxed frame with its body. */
export class ReaderPage {
  readonly title: Locator;
  readonly header: Locator;
  readonly originalLink: Locator;
  readonly frameElement: Locator;
  readonly body: FrameLocator;
  /** The "About this copy" disclosure and the facts it shows. */
  readonly aboutThisCopy: Locator;
  readonly provenance: Locator;
  readonly toolbar: Locator;
  readonly progressBar: Locator;
  readonly settingsButton: Locator;
  readonly settingsPanel: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('header.reader-header');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.originalLink = this.header.getByRole('link', { name: /Read the original/ });
    this.frameElement = page.locator('iframe.article-frame');
    this.body = page.frameLocator('iframe.article-frame');
    this.aboutThisCopy = this.header.getByText('About this copy');
    this.provenance = this.header.locator('details.provenance');
    this.toolbar = page.getByRole('navigation', { name: 'Reader' });
    this.progressBar = page.getByRole('progressbar', { name: 'Reading progress' });
    this.settingsButton = this.toolbar.getByRole('button', { name: 'Reading settings' });
    this.settingsPanel = this.toolbar.getByRole('group', { name: 'Reading settings' });
  }

  /** The provenance fact called `label` (its value and Copy button). */
  fact(label: string): Locator {
    return this.provenance.locator('.provenance__fact').filter({ has: this.page.locator('dt', { hasText: label }) });
  }

  /** Whether every image of the article body has loaded and has pixels. */
  async imagesLoaded(): Promise<boolean[]> {
    return this.body.locator('img').evaluateAll((images) => images.map((image) => (image as unknown as { naturalWidth: number }).naturalWidth > 0));
  }

  /** A toolbar button: Star, Archive, Mark read / unread, Open original, Delete. */
  action(name: string | RegExp): Locator {
    return this.toolbar.getByRole('button', { name });
  }

  async openSettings(): Promise<void> {
    if ((await this.settingsButton.getAttribute('aria-expanded')) !== 'true') await this.settingsButton.click();
  }

  /** A radio of the reading settings (typeface, width, theme), by its label. */
  choice(label: string): Locator {
    return this.settingsPanel.getByRole('radio', { name: label, exact: true });
  }

  /** The article text's computed style inside the frame. */
  async textStyle(): Promise<{ fontFamily: string; fontSize: string; lineHeight: string; width: number }> {
    return this.body.locator('.article-body').evaluate((element) => {
      const style = element.ownerDocument.defaultView!.getComputedStyle(element);
      return { fontFamily: style.fontFamily, fontSize: style.fontSize, lineHeight: style.lineHeight, width: element.getBoundingClientRect().width };
    });
  }

  /** Whether the frame's document loaded OpenDyslexic and renders with it. */
  async dyslexicFontLoaded(): Promise<boolean> {
    return this.body.locator('html').evaluate(async (root) => {
      const fonts = root.ownerDocument.fonts;
      await fonts.ready;
      const loaded = Array.from(fonts).some((face) => face.family.replace(/["']/g, '') === 'OpenDyslexic' && face.status === 'loaded');
      return loaded && fonts.check("16px 'OpenDyslexic'");
    });
  }

  /**
   * The lowest contrast ratio (WCAG's formula) between the text colour of an element of the article
   * that holds text and the first opaque background behind it, with that element's selector.
   */
  async lowestTextContrast(): Promise<{ ratio: number; element: string; color: string; background: string }> {
    return this.body.locator('html').evaluate((root) => {
      const view = root.ownerDocument.defaultView!;
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = rgb(color).map((channel) => channel / 255);
        const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const backgroundOf = (element: Element | null): string => {
        for (let at = element; at; at = at.parentElement) {
          const background = view.getComputedStyle(at).backgroundColor;
          if (rgb(background)[3] !== 0) return background;
        }
        return 'rgb(255, 255, 255)';
      };
      const texts = Array.from(root.querySelectorAll('body *')).filter((element) =>
        Array.from(element.childNodes).some((node) => node.nodeType === 3 && node.textContent!.trim() !== ''),
      );
      return texts
        .map((element) => {
          const color = view.getComputedStyle(element).color;
          const background = backgroundOf(element);
          const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
          return { ratio: (light + 0.05) / (dark + 0.05), element: element.tagName.toLowerCase(), color, background };
        })
        .sort((a, b) => a.ratio - b.ratio)[0]!;
    });
  }

  /** How far down the page is scrolled, 0..1. */
  async scrolled(): Promise<number> {
    return this.page.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - window.innerHeight));
  }

  async scrollTo(progress: number): Promise<void> {
    await this.page.evaluate((to) => window.scrollTo(0, to * (document.documentElement.scrollHeight - window.innerHeight)), progress);
  }

  /** The article's record as the library has it now. */
  async record(id: ArticleId): Promise<Article> {
    return this.page.evaluate(async (articleId) => {
      const result = await (window as unknown as { archive: Api }).archive.articles.get({ id: articleId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    }, id);
  }

  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
