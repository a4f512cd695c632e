import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { eventNames } from '../shared/ipc/channels';
import { AppError } from '../shared/ipc/result';
import { defaultCaptureSources } from '../main/core/capture/defaultSources';
import { startCapture } from '../main/core/capture/startCapture';
import { startImports } from '../main/core/import/apply/startImports';
import { libraryLayout } from '../main/core/library/libraryLayout';
import { openLibrary } from '../main/core/library/openLibrary';
import { createHandlers } from '../main/ipc/createHandlers';
import { createDispatcher } from '../main/ipc/dispatch';
import { forwardLibraryEvents } from '../main/ipc/forwardLibraryEvents';
import type { Library } from '../main/core/library/library';
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
  /** The open library, for tests that change it behind the page's back, as the command line would. */
  library: Library;
  /** Every address the page asked to open in the system browser, in order. */
  openedExternally: readonly string[];
  /** The text last put on the clipboard, null before any. */
  clipboardText(): string | null;
  /** Every file an export was saved to, in order (each in the exports folder, under its suggested name). */
  savedExports(): readonly string[];
  /** The file the import dialog's picker answers with next (null: the person cancelled). */
  setImportFile(path: string | null): void;
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
  const library = await openLibrary({ dir: libraryDir });
  const openedExternally: string[] = [];
  const openExternal = async (url: string) => {
    openedExternally.push(url);
    log(`open-external: ${url}`);
  };
  // The extraction worker runs from source here, through tsx.
  const capture = startCapture({ library, sources: defaultCaptureSources });
  const imports = await startImports({ library, sources: defaultCaptureSources });
  const pickFiles = async (): Promise<string[]> => {
    throw new AppError('unsupported', 'Choosing files needs the desktop app; drop the files onto the window instead.');
  };
  // The open dialog's stand-in: the file a test named with setImportFile (null: as if cancelled).
  let importFile: string | null = null;
  const pickImportFile = async () => importFile;
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
  try {
    const assetBaseUrl = () => `${origin}${ASSETS_PATH}`;
    const handlers = withHarnessAssetUrls(createHandlers({ library, capture, imports, pickFiles, pickImportFile, openExternal, assetBaseUrl, chooseSavePath, writeClipboard }), () => origin);
    const server = await startHarnessServer({
      dispatch: createDispatcher(handlers),
      rendererDir,
      bridgeFile,
      port,
      contentDir: libraryLayout(library.dir).contentDir,
    });
    origin = `http://127.0.0.1:${server.port}`;
    forwardLibraryEvents(library, server.events.send);
    capture.onProgress((job) => server.events.send(eventNames.onCaptureProgress, job));
    imports.onProgress((progress) => server.events.send(eventNames.onImportProgress, progress));
    return {
      url: server.url,
      token: server.token,
      library,
      openedExternally,
      clipboardText: () => clipboardText,
      savedExports: () => [...savedExports],
      setImportFile: (path) => void (importFile = path),
      close: async () => {
        await server.close();
        await capture.close();
        await imports.close();
        await library.close();
      },
    };
  } catch (error) {
    await capture.close();
    await imports.close();
    await library.close();
    throw error;
  }
}
