import { SEARCH_QUERY_MAX } from '../model/search';
import { applyFilter, emptyFilters, FILTER_KEYS, type FilterKey } from './queryFilters';
import { foldText } from './foldText';
import { scanQuery, type QueryToken } from './scanQuery';
import type { ParsedQuery, SearchQuery, SearchTerm } from './searchQuery';
import { splitWords } from './splitWords';

/**
 * Reads a search as a person types it (the syntax is listed for them in querySyntax.ts):
 *
 * - Words are all needed, in any order. A bare word joined by punctuation (`covid-19`, `o'brien`,
 *   `ndtv.com`, `U.S.`) is searched as the phrase of its parts, as the index splits them (splitWords):
 *   the parts next to each other, in this order. A run of CJK characters is the phrase of its characters.
 * - The last bare word matches as a prefix while it is being typed, i.e. when the query does not end in
 *   a space. Quoted phrases and excluded words never do: `-trump` leaves out `trump`, not `trumpet`.
 * - `OR` (in capitals) joins the terms either side into one group, which binds tighter than the
 *   implicit AND: `a b OR c d` is a AND (b OR c) AND d. It joins words and phrases, not filters.
 * - A query of exclusions only (`-sport`) is allowed: it finds every article without those words.
 *   An empty query parses too; what it finds is up to the index.
 * - `key:` with an unknown key and a value (`foo:bar`) is a mistake, reported with the known keys;
 *   but `10:30`, `Ukraine: the war` and `https://…` are just words.
 *
 * It never throws: every mistake comes back as a problem with a message and a position.
 */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > SEARCH_QUERY_MAX) {
    return failed(`This search is too long: it can have at most ${SEARCH_QUERY_MAX} characters.`, SEARCH_QUERY_MAX);
  }
  const tokens = scanQuery(input, FILTER_KEYS);
  if (!Array.isArray(tokens)) return { ok: false, problem: tokens };

  const stillTyping = !/\s$/.test(input);
  const items = tokens.flatMap((token) => toItem(token, stillTyping && token.kind === 'bare' && token.end === input.length));
  const query: SearchQuery = { must: [], not: [], filters: emptyFilters() };
  let datesAt = 0;
  for (const [index, item] of items.entries()) {
    const previous = items[index - 1];
    if (item.kind === 'or') {
      if (!previous) return failed('OR goes between two words or phrases: put one before it.', item.at);
      if (previous.kind === 'or') return failed('OR twice in a row: put a word or phrase between them.', item.at);
      if (previous.kind === 'filter' || previous.negated) return failed(cannotJoin(previous), previous.at);
      if (index === items.length - 1) return failed('OR goes between two words or phrases: add one after it.', item.at);
      continue;
    }
    const joined = previous?.kind === 'or';
    if (joined && (item.kind === 'filter' || item.negated)) return failed(cannotJoin(item), item.at);
    if (item.kind === 'filter') {
      if (item.negated) return failed(`A filter cannot be excluded: remove the "-" before ${item.key}:.`, item.at);
      const problem = applyFilter(query.filters, item);
      if (problem) return { ok: false, problem };
      if (item.key === 'before' || item.key === 'after') datesAt = item.at;
    } else if (item.negated) query.not.push(item.term);
    else if (joined) query.must.at(-1)?.push(item.term);
    else query.must.push([item.term]);
  }

  const { after, before } = query.filters;
  if (after !== null && before !== null && before <= nextDay(after)) {
    return failed(`No day is both after ${after} and before ${before}: make the after: date earlier or the before: date later.`, datesAt);
  }
  return { ok: true, query };
}

type Item =
  | { kind: 'term'; term: SearchTerm; negated: boolean; at: number }
  | { kind: 'filter'; key: FilterKey; value: string; negated: boolean; at: number; valueAt: number }
  | { kind: 'or'; at: number };

/** A token as a term, a filter or OR; nothing for a token without words (`&`, `""`). */
function toItem(token: QueryToken<FilterKey>, prefix: boolean): Item[] {
  if (token.kind === 'or' || token.kind === 'filter') return [token];
  const words = splitWords(token.text)
    .map((word) => word.text)
    .filter((word) => foldText(word) !== '');
  if (words.length === 0) return [];
  const prefixed = prefix && !token.negated;
  const term: SearchTerm =
    token.kind === 'quoted'
      ? { kind: 'phrase', words }
      : words.length === 1
        ? { kind: 'word', text: words[0]!, prefix: prefixed }
        : { kind: 'phrase', words, ...(prefixed && { prefix: true }) };
  return [{ kind: 'term', term, negated: token.negated, at: token.at }];
}

function cannotJoin(item: Item): string {
  if (item.kind === 'filter') return `OR joins words and phrases, not filters such as ${item.key}:.`;
  return 'OR joins words and phrases, not excluded ones: put the "-" word outside the OR.';
}

const failed = (message: string, at: number): ParsedQuery => ({ ok: false, problem: { message, at } });

/** The day after a `year-month-day`, in the same form. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
