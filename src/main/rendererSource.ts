import { APP_ORIGIN } from './protocol/schemes';
import type { DevServer } from './security/contentSecurityPolicy';

export interface RendererSource {
  /** What the window loads first. */
  startUrl: string;
  /** The only origin whose main frame may call the bridge. */
  origin: string;
  /** Set while developing with `electron-vite dev`. */
  devServer?: DevServer;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Production loads the built renderer from `app://news-archive/`. `electron-vite dev` passes its
 * dev server in ELECTRON_RENDERER_URL; that is honoured only in an unpackaged app and only for a
 * loopback http address, so an environment variable can never point a shipped app (and its
 * bridge to the library) at a remote page.
 */
export function rendererSource(devServerUrl: string | undefined, isPackaged: boolean): RendererSource {
  const production = { startUrl: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN };
  if (!devServerUrl || isPackaged) return production;
  let url: URL;
  try {
    url = new URL(devServerUrl);
  } catch {
    return production;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return production;
  return {
    startUrl: url.href,
    origin: url.origin,
    devServer: { origin: url.origin, socketOrigin: `ws://${url.host}` },
  };
}
