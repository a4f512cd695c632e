import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, statfs } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/ipc/result';
import { fsyncDir } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';
import { digestStream } from './digestStream';
import { openBackup, type OpenedBackup } from './openBackup';

export interface RestoreSummary {
  files: number;
  bytes: number;
  /** When the backup was made. */
  createdAt: string;
}

/**
 * Restores a full backup into `targetDir`, which must be new or empty: a library is never restored over
 * silently. The files are extracted into a staging folder beside the target and every size and checksum
 * checked there; only a backup that verifies whole is renamed into place. Any failure removes the staging
 * folder and leaves the target as it was, with an error naming the file at fault.
 */
export async function restoreFullBackup(zipPath: string, targetDir: string): Promise<RestoreSummary> {
  const target = resolve(targetDir);
  await refuseUnlessEmpty(target);
  const backup = await openBackup(resolve(zipPath));
  const staging = tempPathFor(target);
  try {
    const bytes = backup.manifest.files.reduce((sum, file) => sum + file.size, 0);
    await mkdir(dirname(target), { recursive: true });
    await refuseUnlessRoom(dirname(target), bytes);
    await extractVerified(backup, staging, basename(zipPath));
    await refuseUnlessEmpty(target); // another program may have written there meanwhile
    await rmdir(target).catch(() => undefined); // an empty folder gives way to the restored one
    await rename(staging, target);
    await fsyncDir(dirname(target));
    return { files: backup.manifest.files.length, bytes, createdAt: backup.manifest.createdAt };
  } finally {
    backup.zip.close();
    await rm(staging, { recursive: true, force: true });
  }
}

async function refuseUnlessEmpty(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new AppError('invalid-input', `${target} is a file. Restore into a new or empty folder.`);
    throw error;
  }
  if (names.length > 0) throw new AppError('invalid-input', `${target} is not empty. Restore into a new or empty folder, so no library is replaced by mistake.`);
}

async function refuseUnlessRoom(dir: string, bytes: number): Promise<void> {
  const { bavail, bsize } = await statfs(dir);
  const free = bavail * bsize;
  if (bytes > free) throw new AppError('too-large', `Restoring needs ${megabytes(bytes)} but ${dir} has ${megabytes(free)} free.`);
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Writes each listed file into `staging`, refusing the first whose bytes differ from the manifest. */
async function extractVerified({ zip, manifest, entries }: OpenedBackup, staging: string, name: string): Promise<void> {
  const folders = new Set<string>();
  for (const file of manifest.files) {
    const path = join(staging, ...file.path.split('/'));
    if (!folders.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      folders.add(dirname(path));
    }
    const digest = digestStream();
    try {
      await pipeline(await zip.openReadStreamPromise(entries.get(file.path)!), digest.stream, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      throw new AppError('unreadable-file', `${name} cannot be restored: ${file.path} could not be read from it (${(error as Error).message}).`);
    }
    const { size, sha256 } = digest.result();
    if (size !== file.size || sha256 !== file.sha256) throw new AppError('unreadable-file', `${name} cannot be restored: ${file.path} does not match its checksum (the backup is damaged).`);
  }
}
