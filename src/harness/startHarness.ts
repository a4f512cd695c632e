import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readVersion } from '../cli/version';
import { eventNames, type EventName } from '../shared/ipc/channels';
import { AppError } from '../shared/ipc/result';
import { libraryLayout } from '../main/core/library/libraryLayout';
import { createHandlers } from '../main/ipc/createHandlers';
import { forwardLibraryEvents } from '../main/ipc/forwardLibraryEvents';
import type { Library } from '../main/core/library/library';
import { startLibraryHost } from '../main/lifecycle/libraryHost';
import { ASSETS_PATH, withHarnessAssetUrls } from './harnessAssets';
import { HARNESS_BRIDGE_FILE, HARNESS_RENDERER_DIR } from './harnessPaths';
import { startHarnessServer } from './harnessServer';

export interface HarnessOptions {
  libraryDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A renderer build; buildWebApp() makes the default one. */
  rendererDir?: string;
  bridgeFile?: string;
  /** Where "open in browser" requests go; the harness only reports them. */
  log?: (line: string) => void;
  /** Where exports are saved, as if chosen in the save dialog (default: `<libraryDir>-exports` beside the library). */
  exportsDir?: string;
}

export interface Harness {
  /** The address to open, token included. */
  url: string;
  token: string;
  /** The open library (the moved one after a move), for tests that change it behind the page's back, as the command line would. */
  readonly library: Library;
  /** Every address the page asked to open in the system browser, in order. */
  openedExternally: readonly string[];
  /** The text last put on the clipboard, null before any. */
  clipboardText(): string | null;
  /** Every file an export was saved to, in order (each in the exports folder, under its suggested name). */
  savedExports(): readonly string[];
  /** The file the import dialog's picker answers with next (null: the person cancelled). */
  setImportFile(path: string | null): void;
  /** The folder the "Move library" dialog answers with next (null: the person cancelled). */
  setLibraryFolder(path: string | null): void;
  /** Stops serving and saving, then closes the library (releasing its lock). */
  close(): Promise<void>;
}

/**
 * The app in a browser: the real library and the same dispatcher Electron uses, behind a loopback
 * server instead of IPC. It holds the library's lock until closed.
 */
export async function startHarness({
  libraryDir,
  port,
  rendererDir = HARNESS_RENDERER_DIR,
  bridgeFile = HARNESS_BRIDGE_FILE,
  log = console.log,
  exportsDir = `${libraryDir}-exports`,
}: HarnessOptions): Promise<Harness> {
  const openedExternally: string[] = [];
  const openExternal = async (url: string) => {
    openedExternally.push(url);
    log(`open-external: ${url}`);
  };
  const pickFiles = async (): Promise<string[]> => {
    throw new AppError('unsupported', 'Choosing files needs the desktop app; drop the files onto the window instead.');
  };
  // The open dialogs' stand-ins: what a test named with setImportFile / setLibraryFolder (null: as if cancelled).
  let importFile: string | null = null;
  const pickImportFile = async () => importFile;
  let libraryFolder: string | null = null;
  const chooseFolder = async () => libraryFolder;
  const showInFolder = async (path: string) => log(`show-in-folder: ${path}`);
  let clipboardText: string | null = null;
  const writeClipboard = async (text: string) => void (clipboardText = text);
  const savedExports: string[] = [];
  // The save dialog's deterministic stand-in: the suggested name (never a path of the page's choosing) in one folder.
  const chooseSavePath = async (suggestedName: string) => {
    await mkdir(exportsDir, { recursive: true });
    const path = join(exportsDir, basename(suggestedName));
    savedExports.push(path);
    return path;
  };
  let origin = '';
  const assetBaseUrl = () => `${origin}${ASSETS_PATH}`;
  // Events go to the server once it runs; a session opened by a move is connected the same way.
  let send: (event: EventName, payload: unknown) => void = () => {};
  const host = await startLibraryHost({
    dir: libraryDir,
    handlersFor: ({ library, capture, imports }, moveLibrary) =>
      withHarnessAssetUrls(
        createHandlers({ library, capture, imports, pickFiles, pickImportFile, openExternal, assetBaseUrl, chooseSavePath, writeClipboard, chooseFolder, moveLibrary, showInFolder, appVersion: readVersion() }),
        () => origin,
      ),
    connect: ({ library, capture, imports }) => {
      forwardLibraryEvents(library, (event, payload) => send(event, payload));
      capture.onProgress((job) => send(eventNames.onCaptureProgress, job));
      imports.onProgress((progress) => send(eventNames.onImportProgress, progress));
    },
    remember: async (dir) => log(`library-moved: ${dir}`),
  });
  try {
    const server = await startHarnessServer({
      dispatch: host.dispatch,
      rendererDir,
      bridgeFile,
      port,
      contentDir: libraryLayout(host.current().library.dir).contentDir,
    });
    origin = `http://127.0.0.1:${server.port}`;
    send = server.events.send;
    return {
      url: server.url,
      token: server.token,
      get library() {
        return host.current().library;
      },
      openedExternally,
      clipboardText: () => clipboardText,
      savedExports: () => [...savedExports],
      setImportFile: (path) => void (importFile = path),
      setLibraryFolder: (path) => void (libraryFolder = path),
      close: async () => {
        await server.close();
        await host.close();
      },
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}
