import { access, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { backupStamp } from './backupStamps';

/** Moves a damaged file into `damagedDir` under a dated name, keeping it for the user; returns where it went. */
export async function moveAside(root: string, rel: string, damagedDir: string, at: Date): Promise<string> {
  await mkdir(damagedDir, { recursive: true });
  const base = join(damagedDir, `${backupStamp(at)}-${rel.replaceAll('/', '_')}`);
  let target = base;
  // Never replace an earlier damaged copy (the same file can break twice within one clock tick in tests).
  for (let n = 2; await exists(target); n++) target = `${base}.${n}`;
  await rename(join(root, rel), target);
  return target;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
