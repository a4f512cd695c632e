import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One file of a library folder: its path inside the folder (with `/`), its size and its SHA-256. */
export interface LibraryFile {
  path: string;
  size: number;
  sha256: string;
}

/** The lock belongs to the process holding the library, never to its copy. */
export const NOT_COPIED = new Set(['library.lock']);

/** Every file under `dir` that a copy carries, sorted by path, each with its size and hash. */
export async function listLibraryFiles(dir: string): Promise<LibraryFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: LibraryFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    if (NOT_COPIED.has(path)) continue;
    files.push({ path, size: (await stat(full)).size, sha256: await hashFile(full) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The first difference between two listings, in words; null when they are the same files. */
export function firstDifference(expected: readonly LibraryFile[], actual: readonly LibraryFile[]): string | null {
  if (expected.length !== actual.length) return `${actual.length} files were copied instead of ${expected.length}`;
  for (const [i, want] of expected.entries()) {
    const got = actual[i];
    if (!got || got.path !== want.path) return `${want.path} is missing from the copy`;
    if (got.size !== want.size || got.sha256 !== want.sha256) return `${want.path} differs from the original`;
  }
  return null;
}
