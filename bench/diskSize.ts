import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes of the files under `dir` (recursively). */
export async function diskSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => stat(join(entry.parentPath, entry.name)).then((s) => s.size)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
