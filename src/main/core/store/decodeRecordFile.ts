import { AppError } from '../../../shared/ipc/result';
import { DamagedFileError } from './damagedFileError';
import { migrateRecordFile, type JsonObject } from './migrations';
import type { RecordCodec, RecordKind, Versioned } from './recordKind';

export interface Decoded<T> {
  data: T;
  /** The version found on disk, before migration. */
  diskVersion: number;
}

/**
 * Turns a parsed file into validated records of the current version. A file from a newer version is
 * refused before anything else, so it is never migrated backwards or repaired into an older shape.
 * A `sealed` file of the current version is taken as written: it was validated before it was written.
 */
export function decodeRecordFile<T extends Versioned>(file: JsonObject, kind: RecordKind<T>, codec: RecordCodec, path: string, sealed = false): Decoded<T> {
  const diskVersion = file.schemaVersion;
  if (typeof diskVersion !== 'number' || !Number.isInteger(diskVersion) || diskVersion < 0) throw new DamagedFileError('invalid', file);
  if (diskVersion > codec.target) {
    throw new AppError(
      'library-newer',
      `This library was saved by a newer version of News Archive (format ${diskVersion} in ${path}; this version reads up to format ${codec.target}). Update the app to open it.`,
    );
  }
  if (sealed && diskVersion === codec.target) return { data: file as unknown as T, diskVersion };
  let migrated: JsonObject;
  try {
    migrated = migrateRecordFile(kind.name, file, diskVersion, codec.migrations, codec.target);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new DamagedFileError('invalid'); // a migration choked on data it did not expect
  }
  const result = kind.schema.safeParse(migrated);
  if (!result.success) throw new DamagedFileError('invalid', migrated);
  return { data: result.data, diskVersion };
}
