// Composition root: decide where things are, open the library, wire IPC, harden, show the window.
// Each concern lives in its own module; this file only puts them together.
import { join } from 'node:path';
import { app, clipboard, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { eventNames, type EventName } from '../shared/ipc/channels';
import { chooseSavePath } from './annotations/chooseSavePath';
import { pickPageFiles } from './capture/pickPageFiles';
import { libraryLayout } from './core/library/libraryLayout';
import { LOCATION_FILE, readLibraryLocation, writeLibraryLocation } from './core/library/libraryLocation';
import { resolveLibraryDir } from './core/library/resolveLibraryDir';
import { pickImportFile } from './import/pickImportFile';
import { chooseLibraryFolder } from './lifecycle/chooseLibraryFolder';
import { createHandlers } from './ipc/createHandlers';
import { forwardLibraryEvents } from './ipc/forwardLibraryEvents';
import { registerIpc } from './ipc/registerIpc';
import { trustedSender } from './ipc/trustedSender';
import { claimSingleInstance } from './lifecycle/claimSingleInstance';
import { closeLibraryOnQuit } from './lifecycle/closeLibraryOnQuit';
import { startLibraryHost } from './lifecycle/libraryHost';
import { openLibraryOrExplain } from './lifecycle/openLibraryOrExplain';
import { isCliLaunch, runCliInstead } from './lifecycle/runCliInstead';
import { installMenu } from './menu/installMenu';
import { ASSET_SCHEME } from './protocol/schemes';
import { handleAppProtocol, handleAssetProtocol, registerPrivilegedSchemes } from './protocol/registerAppProtocol';
import { rendererSource } from './rendererSource';
import { contentSecurityPolicy } from './security/contentSecurityPolicy';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { requestFilter } from './security/requestFilter';
import { createMainWindow } from './window';

// `News Archive --cli -- <command>` (the resources/cli launchers): the command line runs instead of the app, then exits.
if (isCliLaunch(process.argv)) await runCliInstead(app, process.argv);

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
  const locationFile = join(app.getPath('userData'), LOCATION_FILE);
  const dir = resolveLibraryDir({
    env: process.env,
    argv: process.argv,
    movedTo: await readLibraryLocation(locationFile),
    defaultDir: join(app.getPath('userData'), 'Library'),
  });
  const pickFiles = () => pickPageFiles(dialog, mainWindow);
  const pickImport = () => pickImportFile(dialog, mainWindow);
  const chooseFolder = () => chooseLibraryFolder(dialog, mainWindow);
  const showInFolder = async (path: string) => shell.showItemInFolder(path);
  const openExternal = (url: string) => shell.openExternal(url);
  const assetBaseUrl = () => `${ASSET_SCHEME}://`;
  const saveDialog = (suggestedName: string) => chooseSavePath(dialog, mainWindow, suggestedName);
  const writeClipboard = async (text: string) => clipboard.writeText(text);
  const send = (event: EventName, payload: unknown) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  };
  const host = await openLibraryOrExplain(
    () =>
      startLibraryHost({
        dir,
        handlersFor: ({ library, capture, imports }, moveLibrary) =>
          createHandlers({ library, capture, imports, pickFiles, pickImportFile: pickImport, openExternal, assetBaseUrl, chooseSavePath: saveDialog, writeClipboard, chooseFolder, moveLibrary, showInFolder, appVersion: app.getVersion() }),
        connect: ({ library, capture, imports }) => {
          forwardLibraryEvents(library, send);
          capture.onProgress((job) => send(eventNames.onCaptureProgress, job));
          imports.onProgress((progress) => send(eventNames.onImportProgress, progress));
          // Saved images are served from the open library's folder, the moved one after a move.
          if (session.defaultSession.protocol.isProtocolHandled(ASSET_SCHEME)) session.defaultSession.protocol.unhandle(ASSET_SCHEME);
          handleAssetProtocol(session.defaultSession, libraryLayout(library.dir).contentDir);
        },
        remember: (moved) => writeLibraryLocation(locationFile, moved),
      }),
    (title, message) => dialog.showErrorBox(title, message),
  );
  if (!host) return app.quit();
  // Saves and fetches under way stop and clean up first: the library closes after them.
  closeLibraryOnQuit(app, host);

  hardenSession(session.defaultSession, { isAllowedRequest: requestFilter(renderer), contentSecurityPolicy: csp });
  handleAppProtocol(session.defaultSession, join(import.meta.dirname, '../renderer'), csp);
  registerIpc(ipcMain, host.dispatch, trustedSender(renderer.origin));
  installMenu(() => mainWindow);

  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), startUrl: renderer.startUrl });
}

function fail(error: unknown): void {
  console.error(error);
  dialog.showErrorBox('News Archive could not start', 'Something went wrong while starting; the details were written to the log.');
  app.quit();
}
