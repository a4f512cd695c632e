import { AppError } from '../../../shared/ipc/result';
import type { RecordKindName } from './recordKind';

export type JsonObject = Record<string, unknown>;

/**
 * One step of the library's format, from version `from` to `from + 1`. The version is library-wide:
 * a step may change any kind of record file, and returns the others as they are.
 */
export interface Migration {
  readonly from: number;
  migrate(kind: RecordKindName, file: JsonObject): JsonObject;
}

/** Applies the steps from the file's version up to `target` in order; each stamps its new version. */
export function migrateRecordFile(
  kind: RecordKindName,
  file: JsonObject,
  fromVersion: number,
  migrations: readonly Migration[],
  target: number,
): JsonObject {
  let current = file;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new AppError('storage-failure', `This library uses format version ${version}, which this version of the app cannot convert.`);
    current = { ...step.migrate(kind, current), schemaVersion: version + 1 };
  }
  return current;
}
