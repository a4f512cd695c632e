import { SEARCH_COLUMNS } from './searchColumns';
import type { RankedRow, SearchIndex } from './searchIndex';

/** A matching row that passes the filters, and its score (higher is better). */
export type ScoredRow = [rowid: number, score: number];
/** A row's score from its bm25 rank. */
export type Score = (rank: number) => number;

/**
 * Up to this many matches are all ranked by bm25 (about 3 ms per 5,000 here); more, and ranking every
 * one costs more than a keystroke should: a prefix being typed (`con`) matches most of the library.
 * Counting first is cheap but for phrases, which cost as much to count as to rank: those are ranked at once.
 */
export const RANKED_AT_ONCE = 5_000;
/** Every column but the body: the short fields, where a match weighs most. */
const RECORD_COLUMNS = `{${SEARCH_COLUMNS.filter((column) => column !== 'body').join(' ')}}`;

/** An FTS5 expression, and whether counting its matches costs a fraction of ranking them (it has no phrase). */
export interface RankedExpression {
  expression: string;
  cheapToCount: boolean;
}

/** The rows that pass, scored, in the index's order. */
export const scoredRows = (rows: readonly RankedRow[], passes: (rowid: number) => boolean, score: Score): ScoredRow[] =>
  rows.flatMap(([rowid, rank]) => (passes(rowid) ? [[rowid, score(rank)] as ScoredRow] : []));

/**
 * The `count` best rows, best first: only those scoring at least the count-th best score are sorted
 * (a typed-array sort finds it), not every match of a common word. Ties keep the index's order.
 */
function best(rows: ScoredRow[], count: number): ScoredRow[] {
  if (count <= 0) return [];
  if (rows.length > count) {
    const scores = Float64Array.from(rows, (row) => row[1]).sort();
    const threshold = scores[scores.length - count] as number;
    rows = rows.filter((row) => row[1] >= threshold);
  }
  return rows.sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * How many rows pass among an expression's matches, and the `count` best by bm25. Past RANKED_AT_ONCE
 * matches, those matching within the record's short fields come first, ranked there (the body's share of
 * bm25 is at most a fifth of a title match's), and only a page reaching past them ranks the rest: every
 * match is still counted, by a walk of the index's lists that costs a fraction of ranking.
 */
export function rankedRows(index: SearchIndex, { expression, cheapToCount }: RankedExpression, passes: (rowid: number) => boolean, count: number, score: Score): { total: number; best: ScoredRow[] } {
  if (!cheapToCount || index.count(expression) <= RANKED_AT_ONCE) {
    const rows = scoredRows(index.ranked(expression), passes, score);
    return { total: rows.length, best: best(rows, count) };
  }
  const inRecord = scoredRows(index.ranked(`${RECORD_COLUMNS} : (${expression})`), passes, score);
  const ranked = new Set(inRecord.map(([rowid]) => rowid));
  const elsewhere = (rowid: number) => !ranked.has(rowid) && passes(rowid);
  const total = inRecord.length + index.matching(expression).filter(elsewhere).length;
  const first = best(inRecord, count);
  if (first.length >= Math.min(count, total)) return { total, best: first };
  return { total, best: [...first, ...best(scoredRows(index.ranked(expression), elsewhere, score), count - first.length)] };
}
