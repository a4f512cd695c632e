import type { App } from 'electron';
import type { Library } from '../core/library/library';

/**
 * Holds the quit until the library has finished its pending writes and released its lock, then
 * quits for real. Electron does not wait for promises in `before-quit`, hence the second quit.
 */
export function closeLibraryOnQuit(app: Pick<App, 'on' | 'quit'>, library: Pick<Library, 'close'>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    library
      .close()
      .catch((error: unknown) => console.error('The library did not close cleanly', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
