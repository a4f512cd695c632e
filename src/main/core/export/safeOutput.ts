import { link, lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { fsyncDir, writeFileSynced } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';

/**
 * Writes a new file whole or not at all, and never over an existing one: the data goes to a temp file
 * beside it, which is then hard-linked to the name (a link, unlike a rename, fails when the name is taken).
 */
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFileSynced(temp, data);
    await link(temp, path);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? refusal(`${path} already exists`) : error;
  } finally {
    await rm(temp, { force: true });
  }
  await fsyncDir(dirname(path));
}

/**
 * Fills a new folder at `path` (or an empty one there) through `fill`, which writes into the folder it is
 * given. The folder is built beside `path` and moved into place at the end, so a failed export leaves
 * nothing half-written, and a folder holding anything is refused before any work.
 */
export async function writeNewFolder<T>(path: string, fill: (dir: string) => Promise<T>): Promise<T> {
  if (!(await isMissingOrEmpty(path))) throw refusal(`${path} already exists and is not an empty folder`);
  const staging = tempPathFor(path);
  await mkdir(staging, { recursive: true });
  try {
    const result = await fill(staging);
    await rmdir(path).catch(() => undefined); // the empty folder the user may have made gives way
    await rename(staging, path);
    await fsyncDir(dirname(path));
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw ['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '') ? refusal(`${path} was filled meanwhile`) : error;
  }
}

async function isMissingOrEmpty(path: string): Promise<boolean> {
  try {
    return (await readdir(path)).length === 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTDIR') return false;
    throw error;
  }
}

/** Refuses a path that exists, for a writer that would replace it (a backup is renamed into place). */
export async function refuseIfExists(path: string): Promise<void> {
  try {
    await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  throw refusal(`${path} already exists`);
}

const refusal = (what: string) => new AppError('invalid-input', `Nothing was exported: ${what}, and an export never replaces files. Choose a new name.`);
