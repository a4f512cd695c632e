import type { WebContents } from 'electron';
import { isExternalWebUrl } from '../core/net/externalUrl';

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** srcdoc and blank documents are how the reader shows an article in its sandboxed frame. */
const INLINE_FRAME_URLS = new Set(['about:srcdoc', 'about:blank']);

/**
 * The app is one page that never navigates: every navigation, redirect and `<webview>` is refused,
 * a sub-frame may only hold inline content, and no page may open a window. A link to the web asks
 * the system browser instead; any other address (file:, custom schemes, ...) is simply dropped.
 * Applied to every webContents the app creates, so nothing slips past by being created later.
 */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || !INLINE_FRAME_URLS.has(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) openExternal(url).catch((error: unknown) => console.error('Could not open', url, error));
    return { action: 'deny' };
  });
}
