import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isBackedUp } from './backupPaths';

/**
 * The files of a full backup under `folder` of the library at `root` (the whole library when empty),
 * as relative `/`-separated paths in name order, skipping what `isBackedUp` leaves out and what `skip`
 * names. Only plain files count: a link or device in a library folder is not the app's.
 */
export async function* libraryFiles(root: string, folder: string, skip: (rel: string) => boolean = () => false): AsyncGenerator<string> {
  for (const entry of await entriesOf(join(root, folder))) {
    const rel = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (!isBackedUp(rel) || skip(rel)) continue;
    if (entry.isDirectory()) yield* libraryFiles(root, rel, skip);
    else if (entry.isFile()) yield rel;
  }
}

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    // A folder removed meanwhile (an article emptied from the Trash) has nothing left to back up.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
