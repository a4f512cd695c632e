import { openLibrary } from '../main/core/library/openLibrary';
import { createHandlers } from '../main/ipc/createHandlers';
import { createDispatcher } from '../main/ipc/dispatch';
import { forwardLibraryEvents } from '../main/ipc/forwardLibraryEvents';
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
}

export interface Harness {
  /** The address to open, token included. */
  url: string;
  token: string;
  /** Every address the page asked to open in the system browser, in order. */
  openedExternally: readonly string[];
  /** Stops serving, then closes the library (releasing its lock). */
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
}: HarnessOptions): Promise<Harness> {
  const library = await openLibrary({ dir: libraryDir });
  const openedExternally: string[] = [];
  const openExternal = async (url: string) => {
    openedExternally.push(url);
    log(`open-external: ${url}`);
  };
  try {
    const server = await startHarnessServer({
      dispatch: createDispatcher(createHandlers({ library, openExternal })),
      rendererDir,
      bridgeFile,
      port,
    });
    forwardLibraryEvents(library, server.events.send);
    return {
      url: server.url,
      token: server.token,
      openedExternally,
      close: async () => {
        await server.close();
        await library.close();
      },
    };
  } catch (error) {
    await library.close();
    throw error;
  }
}
