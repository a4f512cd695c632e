import { defaultCaptureSources } from '../core/capture/defaultSources';
import { startCapture } from '../core/capture/startCapture';
import type { CaptureService } from '../core/capture/types';
import type { ImportService } from '../core/import/apply/importService';
import { startImports } from '../core/import/apply/startImports';
import type { Library } from '../core/library/library';
import { openLibrary } from '../core/library/openLibrary';

/** An open library with the services that write to it: what the app swaps when the library moves. */
export interface LibrarySession {
  library: Library;
  capture: CaptureService;
  imports: ImportService;
  /** Stops saves and fetches under way (they clean up first), then closes the library, releasing its lock. */
  close(): Promise<void>;
}

export async function openLibrarySession(dir: string, open: (dir: string) => Promise<Library> = (at) => openLibrary({ dir: at })): Promise<LibrarySession> {
  const library = await open(dir);
  const capture = startCapture({ library, sources: defaultCaptureSources });
  let imports: ImportService;
  try {
    imports = await startImports({ library, sources: defaultCaptureSources });
  } catch (error) {
    await capture.close();
    await library.close();
    throw error;
  }
  return {
    library,
    capture,
    imports,
    close: async () => {
      await capture.close().catch((error: unknown) => console.error('Capture did not stop cleanly', error));
      await imports.close().catch((error: unknown) => console.error('Imports did not stop cleanly', error));
      await library.close();
    },
  };
}
