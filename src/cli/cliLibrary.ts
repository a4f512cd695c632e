import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Library } from '../main/core/library/library';
import { desktopLibraryDir } from '../main/core/library/libraryLocation';
import { openLibrary } from '../main/core/library/openLibrary';
import type { CommandContext } from './commandContext';

/** Named in the lock file, so the desktop app can say who holds the library. */
const LOCK_NAME = 'the news-archive command line';

export const libraryOption = () => new Option('--library <dir>', "the library folder (default: $NEWS_ARCHIVE_LIBRARY, else the desktop app's)");

/**
 * Opens the library the user chose (--library, then NEWS_ARCHIVE_LIBRARY, then the desktop app's) under
 * the same lock as the app, runs `use`, and closes it again whatever happens. A library held by the app
 * fails with the lock's own message (AppError 'library-locked').
 */
export async function withCliLibrary<T>({ io, services }: CommandContext, libraryFlag: string | undefined, use: (library: Library) => Promise<T>): Promise<T> {
  // The desktop app's order (resolveLibraryDir), with relative paths taken from the command's working
  // folder; the default (or where the app moved it) is only looked up when nothing names a library.
  const named = libraryFlag ?? (io.env.NEWS_ARCHIVE_LIBRARY || undefined);
  const dir = named === undefined ? await desktopLibraryDir(services.defaultLibraryDir()) : resolve(io.cwd, named);
  const library = await openLibrary({ dir, appName: LOCK_NAME });
  for (const notice of library.notices) io.stderr.write(`${notice.message}\n`);
  try {
    return await use(library);
  } finally {
    await library.close();
  }
}
