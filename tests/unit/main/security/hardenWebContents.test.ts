import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type WebContentsLike } from '../../../../src/main/security/hardenWebContents';

function fakeWebContents() {
  const listeners = new Map<string, (event: unknown) => void>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on(name: string, listener: (event: unknown) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpenHandler = handler;
    },
  };
  const openExternal = vi.fn(async (_url: string) => {});
  hardenWebContents(contents as unknown as WebContentsLike, openExternal);

  /** Emits an event like Electron does and tells whether the listener prevented it. */
  const emit = (name: string, details: object = {}) => {
    const event = { ...details, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => windowOpenHandler?.({ url });
  return { emit, open, openExternal };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents every %s', (name) => {
    expect(fakeWebContents().emit(name, { url: 'app://news-archive/index.html' })).toBe(true);
  });

  it('prevents every main-frame navigation reported per frame', () => {
    expect(fakeWebContents().emit('will-frame-navigate', { isMainFrame: true, url: 'about:blank' })).toBe(true);
  });

  it("lets a sub-frame hold inline content (the reader's srcdoc frame) and nothing else", () => {
    const { emit } = fakeWebContents();
    expect(emit('will-frame-navigate', { isMainFrame: false, url: 'about:srcdoc' })).toBe(false);
    expect(emit('will-frame-navigate', { isMainFrame: false, url: 'about:blank' })).toBe(false);
    expect(emit('will-frame-navigate', { isMainFrame: false, url: 'https://example.com/' })).toBe(true);
    expect(emit('will-frame-navigate', { isMainFrame: false, url: 'app://news-archive/index.html' })).toBe(true);
  });

  it('denies every new window and hands web links to the system browser', () => {
    const { open, openExternal } = fakeWebContents();
    expect(open('https://example.com/story')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://news-archive/index.html', 'smb://server/share', 'about:blank'])(
    'denies %s without opening anything',
    (url) => {
      const { open, openExternal } = fakeWebContents();
      expect(open(url)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
