import { basename } from 'node:path';
import type { RawPage } from '../types';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './pageFile';
import { readPageBytes } from './readPageBytes';

/** A file dropped on the window: its name and bytes only, so a saved page's resource folder is out of reach. */
export function readDroppedFile(name: string, bytes: Uint8Array, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<RawPage> {
  return readPageBytes(basename(name.replaceAll('\\', '/')), bytes, limits);
}
