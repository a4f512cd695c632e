import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { closeLibraryOnQuit } from '../../../../src/main/lifecycle/closeLibraryOnQuit';

/** Quitting emits before-quit; the app quits only if nobody prevented it. */
function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    quitted: false,
    quit() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      app.emit('before-quit', event);
      if (!event.defaultPrevented) app.quitted = true;
    },
  });
  return app;
}

describe('closeLibraryOnQuit', () => {
  it('quits only after the library has closed', async () => {
    const app = fakeApp();
    let finishClosing = () => {};
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClosing = resolve)));
    closeLibraryOnQuit(app as unknown as Pick<App, 'on' | 'quit'>, { close });

    app.quit();
    app.quit();
    expect(app.quitted).toBe(false);
    expect(close).toHaveBeenCalledTimes(1);

    finishClosing();
    await vi.waitFor(() => expect(app.quitted).toBe(true));
  });

  it('still quits when closing fails', async () => {
    const app = fakeApp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    closeLibraryOnQuit(app as unknown as Pick<App, 'on' | 'quit'>, { close: () => Promise.reject(new Error('disk gone')) });
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
