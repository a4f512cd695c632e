import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../../shared/model/article';
import type { SearchField } from '../../../shared/model/search';
import { COLUMN_WEIGHTS, SEARCH_COLUMNS } from './searchColumns';

/** An article as the index stores it: each column's text, already folded for matching. */
export interface IndexedDocument {
  id: ArticleId;
  signature: string;
  columns: Record<SearchField, string>;
}

/** [rowid, bm25 rank (lower is better)] */
export type RankedRow = [number, number];

/**
 * The FTS5 table and the docs table beside it, with the docs kept in memory too (id <-> rowid, and
 * what each article looked like when indexed), so a search maps rows to articles without a join.
 */
export function createSearchIndex(db: DatabaseSync) {
  const byId = new Map<ArticleId, { rowid: number; signature: string }>();
  const byRowid = new Map<number, ArticleId>();
  for (const row of db.prepare('SELECT rowid, id, signature FROM docs').all() as { rowid: number; id: ArticleId; signature: string }[]) {
    byId.set(row.id, { rowid: row.rowid, signature: row.signature });
    byRowid.set(row.rowid, row.id);
  }
  const weights = SEARCH_COLUMNS.map((column) => COLUMN_WEIGHTS[column]).join(', ');
  const statements = {
    insertDoc: db.prepare('INSERT INTO docs (id, signature) VALUES (?, ?)'),
    updateDoc: db.prepare('UPDATE docs SET signature = ? WHERE rowid = ?'),
    deleteDoc: db.prepare('DELETE FROM docs WHERE rowid = ?'),
    insertText: db.prepare(`INSERT INTO fts (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(SEARCH_COLUMNS.length)})`),
    deleteText: db.prepare('DELETE FROM fts WHERE rowid = ?'),
    matching: db.prepare('SELECT rowid FROM fts WHERE fts MATCH ?'),
    count: db.prepare('SELECT count(*) AS n FROM fts WHERE fts MATCH ?'),
    // A step of merging: about this many pages written. FTS5 reads "no more work" from changes below 2.
    merge: db.prepare("INSERT INTO fts(fts, rank) VALUES ('merge', 64)"),
    totalChanges: db.prepare('SELECT total_changes() AS n'),
    ranked: db.prepare(`SELECT rowid, bm25(fts, ${weights}) AS rank FROM fts WHERE fts MATCH ?`),
    // The IN list becomes one term lookup each, not a scan of the vocabulary.
    firstTermFrom: db.prepare('SELECT term FROM vocab WHERE term >= ? ORDER BY term LIMIT 1'),
    documentCounts: db.prepare('SELECT term, doc FROM vocab WHERE term IN (SELECT value FROM json_each(?))'),
  };
  // Rows as arrays: no object per matching row, which counts when a common word matches thousands.
  statements.matching.setReturnArrays(true);
  statements.ranked.setReturnArrays(true);

  function remove(id: ArticleId): void {
    const known = byId.get(id);
    if (!known) return;
    statements.deleteText.run(known.rowid);
    statements.deleteDoc.run(known.rowid);
    byId.delete(id);
    byRowid.delete(known.rowid);
  }

  function put({ id, signature, columns }: IndexedDocument): void {
    const known = byId.get(id);
    let rowid = known?.rowid;
    if (rowid === undefined) rowid = Number(statements.insertDoc.run(id, signature).lastInsertRowid);
    else {
      statements.deleteText.run(rowid);
      statements.updateDoc.run(signature, rowid);
    }
    statements.insertText.run(rowid, ...SEARCH_COLUMNS.map((column) => columns[column]));
    byId.set(id, { rowid, signature });
    byRowid.set(rowid, id);
  }

  return {
    signatureOf: (id: ArticleId) => byId.get(id)?.signature,
    indexedIds: () => byId.keys(),
    articleAt: (rowid: number) => byRowid.get(rowid),

    /** Applies changes in one transaction: one commit for a whole batch. */
    write(documents: readonly IndexedDocument[], removed: readonly ArticleId[] = []): void {
      db.exec('BEGIN');
      try {
        removed.forEach(remove);
        documents.forEach(put);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },

    /** The rows matching an FTS5 expression, unranked (a doclist walk: cheap however many match). */
    matching: (expression: string): number[] => (statements.matching.all(expression) as unknown as [number][]).map((row) => row[0]),

    /** Merges a few of the index's segments; false once there is nothing left to merge. */
    mergeStep(): boolean {
      const before = (statements.totalChanges.get() as { n: number }).n;
      statements.merge.run();
      return (statements.totalChanges.get() as { n: number }).n - before >= 2;
    },

    /** How many rows match an FTS5 expression (no row leaves SQLite: cheaper still than `matching`). */
    count: (expression: string): number => (statements.count.get(expression) as { n: number }).n,

    /** The rows matching an FTS5 expression with their bm25 rank (lower is better). */
    ranked: (expression: string): RankedRow[] => statements.ranked.all(expression) as unknown as RankedRow[],

    /** Whether an indexed word starts with this. */
    hasPrefix: (prefix: string): boolean => ((statements.firstTermFrom.get(prefix) as { term: string } | undefined)?.term ?? '').startsWith(prefix),

    /** How many articles hold each of these words, for those the index holds at all. */
    documentCounts: (terms: readonly string[]): Map<string, number> =>
      new Map((statements.documentCounts.all(JSON.stringify(terms)) as { term: string; doc: number }[]).map((row) => [row.term, row.doc])),
  };
}
export type SearchIndex = ReturnType<typeof createSearchIndex>;
