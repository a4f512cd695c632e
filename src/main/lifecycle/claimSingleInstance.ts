import type { App, BrowserWindow } from 'electron';

/**
 * One app per user: the library admits one writer, and a second window would only fight for it.
 * Returns false in a second instance, which should quit; the first brings its window forward.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  currentWindow: () => Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'> | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = currentWindow();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  return true;
}
