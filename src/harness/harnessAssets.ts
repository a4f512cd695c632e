import type { Handlers } from '../shared/ipc/contract';
import { ASSET_SCHEME } from '../shared/model/assets';
import { articleAssetFile } from '../main/protocol/articleAssetFile';

/**
 * Saved images in the harness: `/article-assets/<article id>/images/<file>`, the same files the desktop's
 * asset protocol serves. (Not `/assets/`: that is where the renderer build keeps its scripts.)
 */
export const ASSETS_PATH = '/article-assets/';

/** The saved image a harness request names, or undefined: the desktop protocol's rules, applied to this path. */
export function harnessAssetFile(contentDir: string, pathname: string): Promise<string | undefined> {
  const rest = pathname.slice(ASSETS_PATH.length);
  const slash = rest.indexOf('/');
  if (!pathname.startsWith(ASSETS_PATH) || slash < 0) return Promise.resolve(undefined);
  return articleAssetFile(contentDir, rest.slice(0, slash), rest.slice(slash));
}

/**
 * A browser cannot load `archive-asset://`, so in the harness only, stored article HTML gets its asset
 * addresses pointed at the harness's own asset route. The HTML was sanitized at capture and is
 * not parsed again: the literal prefix is swapped for another URL prefix of plain characters (no
 * quote, `<` or `&`), which can only change where an address points, never create markup.
 */
export function withHarnessAssetUrls(handlers: Handlers, origin: () => string): Handlers {
  const content = handlers.articles.content;
  return {
    ...handlers,
    articles: {
      ...handlers.articles,
      content: async (input) => {
        const stored = await content(input);
        return { ...stored, html: stored.html.replaceAll(`${ASSET_SCHEME}://`, `${origin()}${ASSETS_PATH}`) };
      },
    },
  };
}
