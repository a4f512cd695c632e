import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
}

/**
 * The app's one window. Its webPreferences are written out literally, setting by setting, so a
 * reader (and Electronegativity) sees the whole security posture in one place: an isolated,
 * sandboxed renderer without Node, with web security on and no `<webview>`, and a preload that
 * is the only bridge. Navigation and window-open guards are applied to every webContents in
 * index.ts, this one included.
 */
export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'News Archive',
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click must not open windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      // A dropped file or link must not replace the app's page.
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium downloads spelling dictionaries from Google: no network for a mostly read-only UI.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(startUrl).catch((error: unknown) => console.error('The window could not load', startUrl, error));
  return window;
}
