import type { z } from 'zod';
import type { JsonObject, Migration } from './migrations';

export type RecordKindName = 'manifest' | 'settings' | 'tags' | 'savedSearches' | 'articleShard' | 'annotationShard' | 'importQueue';

/** Every record file carries its own format version, so files migrate (and are checked) one by one. */
export interface Versioned {
  schemaVersion: number;
}

/** What the store needs to know about one kind of record file. */
export interface RecordKind<T extends Versioned> {
  readonly name: RecordKindName;
  readonly schema: z.ZodType<T>;
  /** The content of a file that does not exist yet. */
  empty(): T;
  /** Adds to `restored` the records of a damaged file's parsed content that still validate; returns how many. */
  salvage?(parsed: JsonObject, restored: T): number;
  /** Drops from a repaired file the records whose bulky content is gone (deleted since the backup); returns how many. */
  prune?(restored: T): Promise<number>;
}

/** How files are brought to the current format. */
export interface RecordCodec {
  readonly migrations: readonly Migration[];
  readonly target: number;
}
