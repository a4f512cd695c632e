import type { Session } from 'electron';

export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export interface SessionPolicy {
  /** Whether a page may request this URL at all. */
  isAllowedRequest: (url: string) => boolean;
  /** The Content-Security-Policy for http(s) responses, i.e. the dev server's pages. */
  contentSecurityPolicy: string;
}

/**
 * Applies the app-wide rules of a session: no permission is ever granted (camera, notifications,
 * devices, ...), requests outside the allowed origins are cancelled, and http(s) documents get our
 * CSP. Custom-scheme responses never reach the header hook: our protocol handler sets the CSP itself.
 */
export function hardenSession(session: SessionLike, { isAllowedRequest, contentSecurityPolicy }: SessionPolicy): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } }),
  );
}
