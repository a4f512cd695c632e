import type { CustomScheme } from 'electron';
import { ASSET_SCHEME } from '../../shared/model/assets';

/** The production renderer is served from `app://news-archive/`, out of out/renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'news-archive';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Saved article images, served from inside the library: `archive-asset://<article id>/images/<file>`. */
export { ASSET_SCHEME };

/**
 * `standard` gives the schemes real origins (so `'self'` and same-origin checks mean something)
 * and `secure` makes them secure contexts. Only the app scheme needs fetch, for its module scripts.
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
];
