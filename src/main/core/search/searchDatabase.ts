import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SEARCH_COLUMNS } from './searchColumns';

/** Raised whenever the layout below changes: an index in another format is dropped and rebuilt. */
export const INDEX_FORMAT = 2;

const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    ${SEARCH_COLUMNS.join(', ')},
    content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'", prefix='2 3 4'
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
  -- What was indexed for each article, to tell at open which ones changed while the library was closed.
  CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, signature TEXT NOT NULL);
`;

/**
 * Opens the search index (SQLite FTS5 through node:sqlite, no native module). The index is derived from
 * the records, so a file in another format, or one SQLite cannot read, is deleted and started afresh:
 * the caller then finds every article missing and indexes it again.
 */
export async function openSearchDatabase(file: string): Promise<DatabaseSync> {
  await mkdir(dirname(file), { recursive: true });
  try {
    return openIndexDatabase(file);
  } catch {
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })));
    return openIndexDatabase(file);
  }
}

/** Opens an index in this format (':memory:' for tests), creating its tables; throws for any other file. */
export function openIndexDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
    // Reading the schema fails on a file that is not a database; a full integrity check would cost seconds.
    const isEmpty = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
    if (!isEmpty && version !== INDEX_FORMAT) throw new Error(`search index format ${version}, expected ${INDEX_FORMAT}`);
    db.exec(SCHEMA);
    // Segments are merged in idle time (see indexTidying), not while an edit waits; only a pile of 64
    // on one level (a long burst of writes) makes a write merge them at once.
    db.exec("INSERT INTO fts(fts, rank) VALUES ('automerge', 0); INSERT INTO fts(fts, rank) VALUES ('crisismerge', 64);");
    db.exec(`PRAGMA user_version = ${INDEX_FORMAT}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
