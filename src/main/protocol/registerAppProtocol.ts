import { protocol, type Session } from 'electron';
import { APP_HOST, APP_SCHEME, ASSET_SCHEME, privilegedSchemes } from './schemes';
import { serveArticleAssets } from './serveArticleAssets';
import { serveDirectory } from './serveDirectory';

/** Must run before the app is ready: schemes get their privileges only at startup. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
}

/** Serves the built renderer at `app://news-archive/`, each response carrying our CSP. */
export function handleAppProtocol(session: Session, rendererDir: string, contentSecurityPolicy: string): void {
  session.protocol.handle(
    APP_SCHEME,
    serveDirectory({ root: rendererDir, host: APP_HOST, headers: { 'Content-Security-Policy': contentSecurityPolicy } }),
  );
}

/** Serves saved article images at `archive-asset://<article id>/images/<file>`, from the library's content folder. */
export function handleAssetProtocol(session: Session, contentDir: string): void {
  session.protocol.handle(ASSET_SCHEME, serveArticleAssets(contentDir));
}
