import type { Theme } from '../../../../shared/model/settings';
import themesCss from '../../styles/themes.css?raw';
import articleFrameCss from './articleFrame.css?raw';

type FrameWindow = Window & typeof globalThis;

export interface FrameHandlers {
  onEscape: () => void;
  onOpenLink: (url: string) => void;
}

/** Follows the app's theme inside the frame (the shared theme stylesheet keys on data-theme). */
export function setFrameTheme(frame: HTMLIFrameElement | null, theme: Theme | undefined): void {
  const root = frame?.contentDocument?.documentElement;
  if (root && theme) root.dataset.theme = theme;
}

/**
 * Readies a freshly loaded reader frame from the outside, which `allow-same-origin` permits while
 * nothing inside may run: styles it with a constructed stylesheet (the srcdoc inherits the app's
 * CSP, which blocks inline styles), keeps the frame as tall as its content so the page scrolls as
 * one, sends links to the system browser and forwards Esc. Returns what to disconnect on unmount.
 */
export function prepareArticleFrame(frame: HTMLIFrameElement, theme: Theme | undefined, handlers: FrameHandlers): ResizeObserver | null {
  const win = frame.contentWindow as FrameWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return null;

  setFrameTheme(frame, theme);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${themesCss}\n${articleFrameCss}`);
  doc.adoptedStyleSheets = [sheet];

  const fitToContent = new win.ResizeObserver(() => {
    frame.style.height = `${doc.documentElement.scrollHeight}px`;
  });
  fitToContent.observe(doc.body);

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link || link.getAttribute('href')?.startsWith('#')) return;
    event.preventDefault();
    handlers.onOpenLink((link as HTMLAnchorElement).href);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') handlers.onEscape();
  });
  return fitToContent;
}
