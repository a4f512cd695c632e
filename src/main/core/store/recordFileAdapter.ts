import type { Adapter } from 'lowdb';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { CoalescingWriter } from './coalescingWriter';
import { decodeRecordFile } from './decodeRecordFile';
import { sealJson } from './integritySeal';
import type { RecordCodec, RecordKind, Versioned } from './recordKind';
import { readJsonObject } from './readJsonObject';

/**
 * lowdb adapter for one record file. Reads validate and migrate (throwing DamagedFileError or
 * AppError('library-newer')); writes are atomic, serialized, and coalesced while one is running.
 */
export class RecordFileAdapter<T extends Versioned> implements Adapter<T> {
  /** The format version the file had on disk at the last read; undefined if it did not exist. */
  diskVersion: number | undefined;
  #latest: T | undefined;
  readonly #writer = new CoalescingWriter(() => writeFileAtomic(this.path, sealJson(JSON.stringify(this.#latest))));

  constructor(
    readonly path: string,
    private readonly kind: RecordKind<T>,
    private readonly codec: RecordCodec,
  ) {}

  async read(): Promise<T | null> {
    const file = await readJsonObject(this.path);
    if (!file) return null;
    const { data, diskVersion } = decodeRecordFile(file.object, this.kind, this.codec, this.path, file.sealed);
    this.diskVersion = diskVersion;
    return data;
  }

  write(data: T): Promise<void> {
    this.#latest = data;
    return this.#writer.request();
  }

  /** Resolves once every requested write has finished. */
  idle(): Promise<void> {
    return this.#writer.idle();
  }
}
