import { resolve } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { checkMoveDestination } from './checkMoveDestination';
import { copyLibrary } from './copyLibrary';

export interface SwitchLibraryOptions {
  from: string;
  to: string;
  /** Stops everything using the open library and closes it (its writes finished, its lock released). */
  closeCurrent: () => Promise<void>;
  /** Opens a library folder, with everything that uses it, as the app's library. */
  open: (dir: string) => Promise<void>;
  copy?: (from: string, to: string) => Promise<void>;
}

/**
 * Moves the open library: refuses a bad destination while the library is still open, then closes it,
 * copies it (see copyLibrary) and opens the copy. If the copy or its opening fails, the original is
 * opened again and the error rethrown, so the app always ends with a library open. The original
 * folder is left in place: deleting it is the person's decision.
 */
export async function switchLibrary({ from, to, closeCurrent, open, copy = defaultCopy }: SwitchLibraryOptions): Promise<void> {
  await checkMoveDestination(from, to);
  await closeCurrent();
  try {
    await copy(from, to);
  } catch (error) {
    await open(from);
    throw error;
  }
  try {
    await open(resolve(to));
  } catch (error) {
    await open(from);
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('move-failed', `The library was copied to ${resolve(to)} but could not be opened there (${why}); the original is open again.`);
  }
}

const defaultCopy = (from: string, to: string) => copyLibrary({ from, to });
