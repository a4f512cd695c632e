import type { CustomScheme } from 'electron';

/** The production renderer is served from `app://news-archive/`, out of out/renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'news-archive';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Saved article images, served from inside the library (its handler arrives with capture). */
export const ASSET_SCHEME = 'archive-asset';

/**
 * `standard` gives the schemes real origins (so `'self'` and same-origin checks mean something)
 * and `secure` makes them secure contexts. Only the app scheme needs fetch, for its module scripts.
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
];
