import { readdir } from 'node:fs/promises';

// Backup folders are named by time, `2025-03-18T10-00-00-000Z`, so names sort like their dates.
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

export function backupStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** The backup folders in `backupsDir`, newest first. */
export async function listBackups(backupsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => STAMP.test(name)).sort().reverse();
}

/** True when there is no backup taken within `intervalMs` before `now`. */
export async function isBackupDue(backupsDir: string, now: Date, intervalMs: number): Promise<boolean> {
  const [newest] = await listBackups(backupsDir);
  return newest === undefined || newest < backupStamp(new Date(now.getTime() - intervalMs));
}

/** How long after `now` the newest backup turns `intervalMs` old: 0 when it already is, or when there is none. */
export async function msUntilDue(backupsDir: string, now: Date, intervalMs: number): Promise<number> {
  const [newest] = await listBackups(backupsDir);
  if (newest === undefined) return 0;
  const [date, time] = newest.split('T') as [string, string];
  const takenAt = Date.parse(`${date}T${time.replace(/^(\d\d)-(\d\d)-(\d\d)-/, '$1:$2:$3.')}`);
  return Math.max(0, takenAt + intervalMs - now.getTime());
}
