import { describe, expect, it, vi } from 'vitest';
import { hardenSession, type SessionLike } from '../../../../src/main/security/hardenSession';

type Handler = (...args: never[]) => unknown;

/** Records the handlers hardenSession installs, so each can be called like Electron would. */
function fakeSession() {
  const installed: Record<string, Handler> = {};
  const record = (name: string) => (handler: Handler) => {
    installed[name] = handler;
  };
  const session = {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') },
  };
  return { session: session as unknown as SessionLike, installed: installed as Record<string, (...args: unknown[]) => unknown> };
}

const CSP = "default-src 'none'";

function harden() {
  const fake = fakeSession();
  hardenSession(fake.session, { isAllowedRequest: (url) => url.startsWith('app://'), contentSecurityPolicy: CSP });
  return fake.installed;
}

describe('hardenSession', () => {
  it('denies every permission request', () => {
    const permissionRequest = harden().permissionRequest;
    const callback = vi.fn();
    permissionRequest?.({}, 'media', callback, {});
    permissionRequest?.({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
  });

  it('denies every permission check and device', () => {
    const installed = harden();
    expect(installed.permissionCheck?.(null, 'clipboard-read', 'app://news-archive', {})).toBe(false);
    expect(installed.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels requests the filter refuses and lets ours through', () => {
    const beforeRequest = harden().beforeRequest;
    const callback = vi.fn();
    beforeRequest?.({ url: 'https://example.com/pixel.gif' }, callback);
    beforeRequest?.({ url: 'app://news-archive/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  it('adds the CSP to responses and keeps their other headers', () => {
    const callback = vi.fn();
    harden().headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] },
    });
  });
});
