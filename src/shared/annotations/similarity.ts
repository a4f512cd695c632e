/**
 * The last row of the Levenshtein table of `a` against `b`: entry j is the distance of `a` to the
 * first j characters of `b`. Backwards, both strings are read from their ends (as if reversed).
 */
function lastDistanceRow(a: string, b: string, backwards = false): Int32Array {
  const charOf = (text: string, i: number) => (backwards ? text.charCodeAt(text.length - i) : text.charCodeAt(i - 1));
  let row = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let next = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const char = charOf(a, i);
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1]! + (char === charOf(b, j) ? 0 : 1);
      next[j] = Math.min(substitution, row[j]! + 1, next[j - 1]! + 1);
    }
    [row, next] = [next, row];
  }
  return row;
}

/** Levenshtein distance, in O(|a|·|b|) time: meant for quotes and contexts of up to a few hundred characters. */
export function editDistance(a: string, b: string): number {
  return lastDistanceRow(a, b)[b.length]!;
}

/**
 * The edit distance of `expected` to the best-fitting stretch of `actual` that touches a boundary:
 * `actual` ends at it (`side: 'before'`, e.g. the text before a candidate against its prefix) or
 * starts at it (`'after'`). The far end of `actual` is free, so words inserted beside the boundary
 * cost only their own length.
 */
export function boundaryDistance(expected: string, actual: string, side: 'before' | 'after'): number {
  return Math.min(...lastDistanceRow(expected, actual, side === 'before'));
}

/** How well stored context matches the text beside a candidate, from 0 to 1 (see boundaryDistance). */
export function contextSimilarity(expected: string, actual: string, side: 'before' | 'after'): number {
  return 1 - boundaryDistance(expected, actual, side) / expected.length;
}

/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`: only the band of the table within
 * `limit` of its diagonal is filled, so long quotes cost O(length · limit).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let row = new Int32Array(b.length + 1).fill(over);
  let next = new Int32Array(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    next[from - 1] = from === 1 && i <= limit ? i : over;
    for (let j = from; j <= to; j++) {
      const substitution = row[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      next[j] = Math.min(substitution, row[j]! + 1, next[j - 1]! + 1, over);
    }
    if (to < b.length) next[to + 1] = over;
    [row, next] = [next, row];
  }
  return row[b.length]!;
}
