import { readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { writeFileSynced } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';

/** What library.lock says about the process holding the library. */
const LockHolderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  appName: z.string(),
  startedAt: z.string(),
  token: z.string(),
});
type LockHolder = z.infer<typeof LockHolderSchema>;

export interface LockOptions {
  dir: string;
  lockFile: string;
  appName: string;
  now: Date;
  token: string;
}

export interface LibraryLock {
  release(): Promise<void>;
}

// A lock file that never got its content (its writer died right after creating it) counts as stale after this.
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

/**
 * Takes the library for this process: library.lock is created exclusively ('wx'). A lock left by a
 * process that died on this host is moved away and the exclusive create retried; the moved file's token
 * is checked, so of two processes taking over the same stale lock only one wins.
 */
export async function acquireLibraryLock(options: LockOptions): Promise<LibraryLock> {
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), appName: options.appName, startedAt: options.now.toISOString(), token: options.token };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(options.lockFile, mine)) return { release: () => release(options.lockFile, mine.token) };
    const holder = await readHolder(options.lockFile);
    if (holder === 'gone') continue;
    if (!(await isStale(options.lockFile, holder))) throw lockedError(options.dir, holder);
    await takeOver(options.lockFile, holder);
  }
  throw new AppError('library-locked', `The library at ${options.dir} is in use by another program.`);
}

async function tryCreate(lockFile: string, holder: LockHolder): Promise<boolean> {
  try {
    await writeFileSynced(lockFile, JSON.stringify(holder));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(lockFile: string): Promise<LockHolder | 'unreadable' | 'gone'> {
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(await readFile(lockFile, 'utf8')));
    return parsed.success ? parsed.data : 'unreadable';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
}

async function isStale(lockFile: string, holder: LockHolder | 'unreadable'): Promise<boolean> {
  if (holder === 'unreadable') {
    const { mtimeMs } = await stat(lockFile).catch(() => ({ mtimeMs: 0 }));
    return Date.now() - mtimeMs > UNWRITTEN_LOCK_GRACE_MS;
  }
  // On another host we cannot tell whether the holder lives: leave it to the user.
  return holder.hostname === hostname() && !processIsAlive(holder.pid);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'; // EPERM: alive, owned by someone else
  }
}

/** Moves the stale lock away; if what was moved is not the lock judged stale (a racer's fresh lock), puts it back. */
async function takeOver(lockFile: string, stale: LockHolder | 'unreadable'): Promise<void> {
  const aside = tempPathFor(lockFile);
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it: retry the create
    throw error;
  }
  const moved = await readHolder(aside);
  const sameLock = stale === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === stale.token;
  if (sameLock) await rm(aside, { force: true });
  else await rename(aside, lockFile);
}

async function release(lockFile: string, token: string): Promise<void> {
  const holder = await readHolder(lockFile);
  if (typeof holder === 'object' && holder.token === token) await rm(lockFile, { force: true });
}

function lockedError(dir: string, holder: LockHolder | 'unreadable'): AppError {
  if (holder === 'unreadable') return new AppError('library-locked', `The library at ${dir} is in use by another program.`);
  return new AppError('library-locked', `The library at ${dir} is in use by ${holder.appName} (process ${holder.pid} on ${holder.hostname}) since ${holder.startedAt}.`);
}
