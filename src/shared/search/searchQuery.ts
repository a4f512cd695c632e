/**
 * A search as parsed from what the person typed (parseQuery.ts), before any engine sees it: the
 * words to match, and the filters that narrow the articles. The index (src/main/core/search) turns
 * it into its own query; the box in the renderer uses the parse errors to explain a mistake.
 */

/** One word, or the start of one: the last bare word of a query still being typed matches as a prefix. */
export interface WordTerm {
  kind: 'word';
  /** As typed, without quotes; the index folds case and diacritics. */
  text: string;
  prefix: boolean;
}

/** `"exact phrase"`: these words, next to each other, in this order. */
export interface PhraseTerm {
  kind: 'phrase';
  words: string[];
  /** Set when its last word is still being typed: a bare `covid-1` (never a quoted phrase). */
  prefix?: boolean;
}

export type SearchTerm = WordTerm | PhraseTerm;

export const READ_STATES = ['unread', 'read', 'starred', 'archived', 'highlighted'] as const;
export type ReadState = (typeof READ_STATES)[number];

export interface SearchFilters {
  /** `tag:ukraine`: articles carrying the tag or one of its children; several must all hold. */
  tags: string[];
  /** `site:ndtv.com`: the article's site name or its address's host (and subdomains) contains it, ignoring case. */
  sites: string[];
  /** `author:`: one of the article's authors contains it, ignoring case and diacritics. */
  authors: string[];
  /** `is:`: every state listed holds. */
  is: ReadState[];
  /** `before:2025-03-18`: published (or, when the date is unknown, saved) before that day began, in UTC. */
  before: string | null;
  /** `after:2025-03-18`: published (or saved) after that day ended, in UTC. */
  after: string | null;
  /** `lang:en`: the article's language, or a variant of it (`en` matches `en-GB`). */
  langs: string[];
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its terms does (`a OR b` makes one group of two). */
  must: SearchTerm[][];
  /** `-word`, `-"a phrase"`: articles matching any of these are left out. */
  not: SearchTerm[];
  filters: SearchFilters;
}

/** Why a query does not parse, for the person: what to change, and where (offset into the query). */
export interface QueryProblem {
  message: string;
  at: number;
}

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; problem: QueryProblem };
