import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// `.library.json.3f9a1c0b2e7d.tmp`: hidden, unique per write, and recognisable after a crash.
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** A fresh temp path beside `target` (same folder, so a rename over the target is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Removes what interrupted writes left in `dir` (files or staged folders). A missing folder is fine. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(names.filter(isTempName).map((name) => rm(join(dir, name), { recursive: true, force: true })));
}
