import type { Theme } from '../../../../shared/model/settings';
import themesCss from '../../styles/themes.css?raw';
import highlightColorsCss from '../annotations/highlightColors.css?raw';
import articleFrameCss from './articleFrame.css?raw';
import { adoptDyslexicFont } from './dyslexicFont';
import { forwardShortcutKeys } from './forwardShortcutKeys';

type FrameWindow = Window & typeof globalThis;

/** Follows the app's theme inside the frame (the shared theme stylesheet keys on data-theme). */
export function setFrameTheme(frame: HTMLIFrameElement | null, theme: Theme | undefined): void {
  const root = frame?.contentDocument?.documentElement;
  if (root && theme) root.dataset.theme = theme;
}

/** Makes the frame exactly as tall as its content, so the page scrolls as one and the frame never does. */
export function fitFrameToContent(frame: HTMLIFrameElement): void {
  const root = frame.contentDocument?.documentElement;
  if (root) frame.style.height = `${root.scrollHeight}px`;
}

/**
 * Readies a freshly loaded reader frame from the outside, which `allow-same-origin` permits while
 * nothing inside may run: styles it with constructed stylesheets (the srcdoc inherits the app's
 * CSP, which blocks inline styles; the highlights' colours come with them), keeps the frame as tall as its content, sends links to the
 * system browser and passes the reader's keys on to the app. Returns what to disconnect on unmount.
 */
export function prepareArticleFrame(frame: HTMLIFrameElement, onOpenLink: (url: string) => void): ResizeObserver | null {
  const win = frame.contentWindow as FrameWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return null;

  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${themesCss}\n${articleFrameCss}\n${highlightColorsCss}`);
  doc.adoptedStyleSheets = [sheet];
  adoptDyslexicFont(doc);

  const fitToContent = new win.ResizeObserver(() => fitFrameToContent(frame));
  fitToContent.observe(doc.body);

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link || link.getAttribute('href')?.startsWith('#')) return;
    event.preventDefault();
    onOpenLink((link as HTMLAnchorElement).href);
  });
  forwardShortcutKeys(doc, frame.ownerDocument.defaultView ?? window);
  return fitToContent;
}
