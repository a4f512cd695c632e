import { AppError } from '../../../shared/ipc/result';
import type { ImportOrigin } from './importBatch';

/** Where in a file, in words: `export.csv, line 12`, `metadata_0.json, entry 3`. */
export function describeOrigin({ file, line, entry }: ImportOrigin): string {
  if (line !== undefined) return `${file}, line ${line}`;
  if (entry !== undefined) return `${file}, entry ${entry}`;
  return file;
}

/** A file that cannot be imported at all: nothing of it is returned. */
export function importError(origin: ImportOrigin, message: string): AppError {
  return new AppError('invalid-import', `${describeOrigin(origin)}: ${message}`);
}
