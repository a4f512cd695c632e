import { readdir } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';

/**
 * Refuses a destination the library cannot move to, before anything is closed or copied: one inside
 * the library (or the library itself), or a folder that already holds files. A folder that does not
 * exist yet is fine: the move makes it.
 */
export async function checkMoveDestination(from: string, to: string): Promise<void> {
  const source = resolve(from);
  const target = resolve(to);
  if (!isAbsolute(to)) throw new AppError('invalid-destination', 'Choose a folder by its full path.');
  if (isInside(source, target)) {
    throw new AppError('invalid-destination', 'The library cannot move into itself: choose a folder outside it.');
  }
  if (isInside(target, source)) {
    throw new AppError('invalid-destination', 'The library cannot move into a folder that contains it: choose a new or empty folder.');
  }
  const entries = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new AppError('invalid-destination', `${target} is a file, not a folder.`);
    throw new AppError('invalid-destination', `${target} cannot be read (${error.code ?? 'unknown error'}).`);
  });
  // Finder and Explorer leave these in folders people think of as empty.
  if (entries.some((name) => name !== '.DS_Store' && name !== 'desktop.ini')) {
    throw new AppError('invalid-destination', `${target} is not empty. Choose a new or empty folder, so nothing in it is mixed with the library.`);
  }
}

/** Whether `path` is `dir` or somewhere below it. */
function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
