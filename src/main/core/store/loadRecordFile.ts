import { join } from 'node:path';
import { Low } from 'lowdb';
import { DamagedFileError } from './damagedFileError';
import type { RecordCodec, RecordKind, Versioned } from './recordKind';
import { RecordFileAdapter } from './recordFileAdapter';

/** new: not on disk yet; outdated: read and migrated in memory, not yet written back. */
export type RecordFileState = 'new' | 'current' | 'outdated' | 'damaged';

/** One record file of a library: its lowdb database, and how it looked when the library was opened. */
export interface RecordFile<T extends Versioned> {
  /** Path relative to the library folder (also its path inside a backup). */
  readonly rel: string;
  readonly kind: RecordKind<T>;
  readonly db: Low<T>;
  readonly adapter: RecordFileAdapter<T>;
  readonly state: RecordFileState;
  readonly damage?: DamagedFileError;
}

/** Reads one record file without writing anything, so a refusal (newer version) leaves the library untouched. */
export async function loadRecordFile<T extends Versioned>(root: string, rel: string, kind: RecordKind<T>, codec: RecordCodec): Promise<RecordFile<T>> {
  const adapter = new RecordFileAdapter(join(root, rel), kind, codec);
  const db = new Low(adapter, kind.empty());
  try {
    await db.read();
  } catch (error) {
    if (error instanceof DamagedFileError) return { rel, kind, db, adapter, state: 'damaged', damage: error };
    throw error;
  }
  const { diskVersion } = adapter;
  const state = diskVersion === undefined ? 'new' : diskVersion < codec.target ? 'outdated' : 'current';
  return { rel, kind, db, adapter, state };
}
