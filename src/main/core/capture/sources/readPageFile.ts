import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import type { RawPage } from '../types';
import { checkFileSize, DEFAULT_FILE_LIMITS, pageFileKind, requirePageFileKind, type FileLimits } from './pageFile';
import { readPageBytes } from './readPageBytes';

/** A saved page or text file gives one page; a folder gives one for each such file inside it. */
export async function readPageFile(path: string, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<RawPage[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw unreadablePath(path, error);
  });
  if (!info.isDirectory()) return [await readOneFile(path, limits)];
  const pages: RawPage[] = [];
  for (const file of await listPageFiles(path)) pages.push(await readOneFile(file, limits));
  return pages;
}

/**
 * The saved pages and text files in a folder and its subfolders, in name order. Resource folders (`*_files`)
 * belong to their page and are not searched; symbolic links are not followed.
 */
export async function listPageFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw unreadablePath(folder, error);
  });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.endsWith('_files')) files.push(...(await listPageFiles(path)));
    else if (entry.isFile() && pageFileKind(entry.name)) files.push(path);
  }
  return files;
}

async function readOneFile(path: string, limits: FileLimits): Promise<RawPage> {
  const name = basename(path);
  const kind = requirePageFileKind(name);
  try {
    checkFileSize(name, kind, (await stat(path)).size, limits);
    return await readPageBytes(name, await readFile(path), limits, path);
  } catch (error) {
    throw error instanceof AppError ? error : unreadablePath(path, error);
  }
}

function unreadablePath(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission was denied' : `the system said ${code ?? String(error)}`;
  return new AppError('unreadable-file', `Could not read ${path}: ${why}.`);
}
