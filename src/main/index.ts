// Composition root: decide where things are, open the library, wire IPC, harden, show the window.
// Each concern lives in its own module; this file only puts them together.
import { join } from 'node:path';
import { app, clipboard, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { eventNames, type EventName } from '../shared/ipc/channels';
import { chooseSavePath } from './annotations/chooseSavePath';
import { pickPageFiles } from './capture/pickPageFiles';
import { defaultCaptureSources } from './core/capture/defaultSources';
import { startCapture } from './core/capture/startCapture';
import { startImports } from './core/import/apply/startImports';
import { libraryLayout } from './core/library/libraryLayout';
import { openLibrary } from './core/library/openLibrary';
import { resolveLibraryDir } from './core/library/resolveLibraryDir';
import { pickImportFile } from './import/pickImportFile';
import { createHandlers } from './ipc/createHandlers';
import { createDispatcher } from './ipc/dispatch';
import { forwardLibraryEvents } from './ipc/forwardLibraryEvents';
import { registerIpc } from './ipc/registerIpc';
import { trustedSender } from './ipc/trustedSender';
import { claimSingleInstance } from './lifecycle/claimSingleInstance';
import { closeLibraryOnQuit } from './lifecycle/closeLibraryOnQuit';
import { openLibraryOrExplain } from './lifecycle/openLibraryOrExplain';
import { ASSET_SCHEME } from './protocol/schemes';
import { handleAppProtocol, handleAssetProtocol, registerPrivilegedSchemes } from './protocol/registerAppProtocol';
import { rendererSource } from './rendererSource';
import { contentSecurityPolicy } from './security/contentSecurityPolicy';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { requestFilter } from './security/requestFilter';
import { createMainWindow } from './window';

const renderer = rendererSource(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const csp = contentSecurityPolicy(renderer.devServer);
let mainWindow: BrowserWindow | undefined;

registerPrivilegedSchemes();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
app.on('window-all-closed', () => app.quit());

if (claimSingleInstance(app, () => mainWindow)) {
  app.whenReady().then(start).catch(fail);
} else {
  app.quit();
}

async function start(): Promise<void> {
  const dir = resolveLibraryDir({ env: process.env, argv: process.argv, defaultDir: join(app.getPath('userData'), 'Library') });
  const library = await openLibraryOrExplain(() => openLibrary({ dir }), (title, message) => dialog.showErrorBox(title, message));
  if (!library) return app.quit();
  const capture = startCapture({ library, sources: defaultCaptureSources });
  const imports = await startImports({ library, sources: defaultCaptureSources });
  // Saves and fetches under way stop and clean up first: the library closes after them.
  closeLibraryOnQuit(app, {
    close: async () => {
      await capture.close().catch((error: unknown) => console.error('Capture did not stop cleanly', error));
      await imports.close().catch((error: unknown) => console.error('Imports did not stop cleanly', error));
      await library.close();
    },
  });

  hardenSession(session.defaultSession, { isAllowedRequest: requestFilter(renderer), contentSecurityPolicy: csp });
  handleAppProtocol(session.defaultSession, join(import.meta.dirname, '../renderer'), csp);
  handleAssetProtocol(session.defaultSession, libraryLayout(library.dir).contentDir);

  const pickFiles = () => pickPageFiles(dialog, mainWindow);
  const pickImport = () => pickImportFile(dialog, mainWindow);
  const openExternal = (url: string) => shell.openExternal(url);
  const assetBaseUrl = () => `${ASSET_SCHEME}://`;
  const saveDialog = (suggestedName: string) => chooseSavePath(dialog, mainWindow, suggestedName);
  const writeClipboard = async (text: string) => clipboard.writeText(text);
  const dispatch = createDispatcher(
    createHandlers({ library, capture, imports, pickFiles, pickImportFile: pickImport, openExternal, assetBaseUrl, chooseSavePath: saveDialog, writeClipboard }),
  );
  registerIpc(ipcMain, dispatch, trustedSender(renderer.origin));
  const send = (event: EventName, payload: unknown) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  };
  forwardLibraryEvents(library, send);
  capture.onProgress((job) => send(eventNames.onCaptureProgress, job));
  imports.onProgress((progress) => send(eventNames.onImportProgress, progress));

  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), startUrl: renderer.startUrl });
}

function fail(error: unknown): void {
  console.error(error);
  dialog.showErrorBox('News Archive could not start', 'Something went wrong while starting; the details were written to the log.');
  app.quit();
}
