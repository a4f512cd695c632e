import { APP_ORIGIN, ASSET_SCHEME } from '../protocol/schemes';
import type { RendererSource } from '../rendererSource';
import { originOf } from './origin';

/**
 * Decides which requests a page may make: our app origin and saved assets, plus in development
 * the dev server, its websocket and DevTools. Everything else (the web, file:, other schemes) is
 * cancelled, so neither a bug nor a saved article can reach the network or the disk.
 */
export function requestFilter({ devServer }: Pick<RendererSource, 'devServer'>): (url: string) => boolean {
  const origins = new Set([APP_ORIGIN, ...(devServer ? [devServer.origin, devServer.socketOrigin] : [])]);
  const schemes = new Set([`${ASSET_SCHEME}:`, ...(devServer ? ['devtools:'] : [])]);
  return (url) => {
    const origin = originOf(url);
    if (origin === undefined) return false;
    return origins.has(origin) || schemes.has(origin.slice(0, origin.indexOf('//')));
  };
}
