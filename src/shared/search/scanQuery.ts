import type { QueryProblem } from './searchQuery';

/**
 * The first pass of parseQuery: the query cut into the pieces a person typed, each with its place in
 * the query, before words are split or filter values checked.
 */
export type QueryToken<Key extends string = string> =
  | { kind: 'bare'; text: string; negated: boolean; at: number; end: number }
  | { kind: 'quoted'; text: string; negated: boolean; at: number }
  | { kind: 'filter'; key: Key; value: string; negated: boolean; at: number; valueAt: number }
  | { kind: 'or'; at: number };

/** `key:` where key is letters only: `tag:`, `Site:`. A time (`10:30`) or `Україна:` is not one. */
const FILTER_KEY = /([A-Za-z]+):/y;
const SPACE = /\s/;

export function scanQuery<Key extends string>(input: string, filterKeys: readonly Key[]): QueryToken<Key>[] | QueryProblem {
  const tokens: QueryToken<Key>[] = [];
  let i = 0;
  // Reads up to the next space or quote: a quote always starts a phrase of its own.
  const readBare = (): string => {
    const start = i;
    while (i < input.length && input[i] !== '"' && !SPACE.test(input[i]!)) i++;
    return input.slice(start, i);
  };
  // Reads a quoted text whose opening quote is at i, leaving i after the closing one.
  const readQuoted = (): string | QueryProblem => {
    const close = input.indexOf('"', i + 1);
    if (close < 0) return { message: 'This quote is never closed: add a " where the phrase ends.', at: i };
    const text = input.slice(i + 1, close);
    i = close + 1;
    return text;
  };

  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const at = i;
    const negated = input[i] === '-' && i + 1 < input.length && !SPACE.test(input[i + 1]!);
    if (negated) i++;

    if (input[i] === '"') {
      const text = readQuoted();
      if (typeof text !== 'string') return text;
      tokens.push({ kind: 'quoted', text, negated, at });
      continue;
    }

    FILTER_KEY.lastIndex = i;
    const key = FILTER_KEY.exec(input)?.[1];
    const known = filterKeys.find((name) => name === key?.toLowerCase());
    if (known !== undefined) {
      i = FILTER_KEY.lastIndex;
      const valueAt = i;
      const value = input[i] === '"' ? readQuoted() : readBare();
      if (typeof value !== 'string') return value;
      tokens.push({ kind: 'filter', key: known, value, negated, at, valueAt });
      continue;
    }
    if (key !== undefined && looksLikeFilter(input, FILTER_KEY.lastIndex)) {
      return unknownFilter(key, input.slice(i).split(/\s/, 1)[0]!, at, filterKeys);
    }

    const text = readBare();
    if (text === 'OR' && !negated) tokens.push({ kind: 'or', at });
    else tokens.push({ kind: 'bare', text, negated, at, end: i });
  }
  return tokens;
}

// `word:` followed by a value looks like a filter; followed by a space (`Ukraine: the war`) or `//`
// (an address) it is just words.
const looksLikeFilter = (input: string, valueAt: number): boolean =>
  valueAt < input.length && !SPACE.test(input[valueAt]!) && !input.startsWith('//', valueAt);

function unknownFilter(key: string, typed: string, at: number, filterKeys: readonly string[]): QueryProblem {
  const lower = key.toLowerCase();
  const close = filterKeys.find((known) => lower.startsWith(known) || (lower.length > 1 && known.startsWith(lower)));
  const known = filterKeys.map((name) => `${name}:`).join(', ');
  const hint = close ? ` (did you mean "${close}:"?)` : '';
  return {
    message: `There is no filter "${key}:"${hint}. Filters are ${known}. To search for the text itself, put it in quotes: "${typed}".`,
    at,
  };
}
