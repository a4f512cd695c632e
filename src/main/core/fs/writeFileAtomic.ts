import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir, writeFileSynced } from './durableFile';
import { tempPathFor } from './tempFiles';

/**
 * Replaces `target` so that a crash at any moment leaves either the old or the new content:
 * write a unique temp file beside it, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeFileSynced(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(dirname(target));
}
