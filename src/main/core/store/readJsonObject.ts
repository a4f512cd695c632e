import { readFile } from 'node:fs/promises';
import { DamagedFileError } from './damagedFileError';
import { sealHolds, withoutSeal } from './integritySeal';

export interface JsonObjectFile {
  object: Record<string, unknown>;
  /** The file is exactly as this app wrote it (see integritySeal.ts). */
  sealed: boolean;
}

/** Reads a JSON object file; `undefined` when it does not exist, DamagedFileError when it is not a JSON object. */
export async function readJsonObject(path: string): Promise<JsonObjectFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.trim() === '') throw new DamagedFileError('empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const cutShort = error instanceof SyntaxError && /end of (JSON )?input|Unterminated/i.test(error.message);
    throw new DamagedFileError(cutShort ? 'truncated' : 'not-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DamagedFileError('not-object');
  return { object: withoutSeal(value as Record<string, unknown>), sealed: sealHolds(text) };
}
