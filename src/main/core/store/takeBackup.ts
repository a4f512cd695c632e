import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tempPathFor } from '../fs/tempFiles';
import { backupStamp, listBackups } from './backupStamps';

export interface BackupOptions {
  root: string;
  backupsDir: string;
  /** Record files to copy, relative to `root`; missing ones are skipped. */
  rels: readonly string[];
  at: Date;
  keep: number;
}

/**
 * Copies the record files into `backups/<stamp>/`, then drops all but the newest `keep` backups.
 * The copy is staged under a temp name and renamed when complete, so a crash never leaves a partial
 * backup that looks whole. Each file is copied whole (writers replace files by rename), but files
 * are copied one after another: a backup is a set of good files, not one instant of the library.
 */
export async function takeBackup({ root, backupsDir, rels, at, keep }: BackupOptions): Promise<void> {
  const target = join(backupsDir, backupStamp(at));
  const staging = tempPathFor(target);
  for (const folder of new Set(rels.map((rel) => dirname(join(staging, rel))))) await mkdir(folder, { recursive: true });
  await Promise.all(rels.map((rel) => copyIfPresent(join(root, rel), join(staging, rel))));
  try {
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another backup with the same stamp already exists: this one adds nothing.
    if (!['EEXIST', 'ENOTEMPTY', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  const stale = (await listBackups(backupsDir)).slice(keep);
  await Promise.all(stale.map((name) => rm(join(backupsDir, name), { recursive: true, force: true })));
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
