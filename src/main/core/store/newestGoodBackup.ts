import { join } from 'node:path';
import { listBackups } from './backupStamps';
import type { RecordCodec, RecordKind, Versioned } from './recordKind';
import { RecordFileAdapter } from './recordFileAdapter';

export interface RestoredBackup<T> {
  data: T;
  /** The backup folder's name (its time stamp). */
  stamp: string;
}

/** The newest backup copy of `rel` that reads, migrates and validates; older ones are tried in turn. */
export async function newestGoodBackup<T extends Versioned>(
  backupsDir: string,
  rel: string,
  kind: RecordKind<T>,
  codec: RecordCodec,
): Promise<RestoredBackup<T> | undefined> {
  for (const stamp of await listBackups(backupsDir)) {
    try {
      const data = await new RecordFileAdapter(join(backupsDir, stamp, rel), kind, codec).read();
      if (data) return { data, stamp };
    } catch {
      // A damaged or unusable copy: try an older backup.
    }
  }
  return undefined;
}
