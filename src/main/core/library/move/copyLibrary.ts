import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { fsyncDir } from '../../fs/durableFile';
import { acquireLibraryLock } from '../libraryLock';
import { libraryLayout } from '../libraryLayout';
import { checkMoveDestination } from './checkMoveDestination';
import { firstDifference, listLibraryFiles, NOT_COPIED } from './libraryFiles';

export interface CopyLibraryOptions {
  /** The library folder, closed by this process (its lock is taken again for the copy). */
  from: string;
  /** A new or empty folder. */
  to: string;
  appName?: string;
  /** How a folder is copied (tests bring one that fails or damages). */
  copyTree?: (from: string, to: string) => Promise<void>;
}

const copyWithoutLock = (from: string, to: string) =>
  cp(from, to, {
    recursive: true,
    // Into a staging folder made for it: nothing there to overwrite.
    force: false,
    filter: (path) => !(dirname(path) === from && NOT_COPIED.has(basename(path))),
  });

/**
 * Copies a closed library to `to` safely: holding the library's lock so nothing writes to it meanwhile,
 * into a staging folder beside the destination, checked file by file (count, sizes, SHA-256), then
 * renamed into place in one step. The original is never changed; on any failure the staging folder is
 * removed and an AppError says what went wrong.
 */
export async function copyLibrary({ from, to, appName = 'News Archive', copyTree = copyWithoutLock }: CopyLibraryOptions): Promise<void> {
  const source = resolve(from);
  const target = resolve(to);
  await checkMoveDestination(source, target);
  const lock = await acquireLibraryLock({ ...lockOf(source), appName, now: new Date(), token: randomUUID() });
  const staging = join(dirname(target), `.${basename(target)}.moving-${randomUUID().slice(0, 8)}`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await mkdir(staging);
    await proveLockable(staging, appName);
    const expected = await listLibraryFiles(source);
    await copyTree(source, staging);
    const difference = firstDifference(expected, await listLibraryFiles(staging));
    if (difference) throw new AppError('move-failed', `The copy was not faithful (${difference}), so the library stays where it is.`);
    await rmdir(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, target);
    await fsyncDir(dirname(target));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw asMoveError(error, target);
  } finally {
    await lock.release();
  }
}

const lockOf = (dir: string) => ({ dir, lockFile: libraryLayout(dir).lockFile });

/** A folder where the lock cannot be taken (read-only, or a file system without exclusive create) cannot hold a library. */
async function proveLockable(dir: string, appName: string): Promise<void> {
  try {
    const probe = await acquireLibraryLock({ ...lockOf(dir), appName, now: new Date(), token: randomUUID() });
    await probe.release();
  } catch (error) {
    throw new AppError('invalid-destination', `A library cannot be kept in ${dirname(dir)}: the app could not lock it there (${describe(error)}).`);
  }
  if ((await readdir(dir)).length > 0) throw new AppError('invalid-destination', `The lock could not be released in ${dirname(dir)}.`);
}

function asMoveError(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  return new AppError('move-failed', `The library could not be copied to ${target} (${describe(error)}); it stays where it is.`);
}

const describe = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
