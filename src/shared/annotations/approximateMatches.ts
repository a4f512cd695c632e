import search from 'approx-string-match';
import type { TextQuoteSelector, TextPositionSelector } from '../model/annotation';
import type { Candidate } from './scoreCandidate';
import { refineEdges } from './refineEdges';
import { boundedEditDistance, editDistance } from './similarity';

/** Quotes shorter than this get no error budget: a word or two is found verbatim or by its context only. */
const FUZZY_MIN_LENGTH = 16;
/** A quarter of a quote may be edited (capped, which also bounds the search's cost on long quotes). */
const ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
/** Characters around the old position searched on their own, so the best match there is seen even when a closer one exists elsewhere. */
const NEAR_REACH = 2_000;
/** Context lets quotes up to this long be found between their prefix and suffix (measured by a full edit distance). */
const BRACKETED_MAX_LENGTH = 256;
const CONTEXT_ERROR_RATE = 0.2;

export const errorBudget = (length: number) => (length < FUZZY_MIN_LENGTH ? 0 : Math.min(MAX_ERRORS, Math.floor(length * ERROR_RATE)));

const isSpace = (text: string, at: number) => /\s/.test(text[at] ?? '');

/** The candidate without whitespace at its edges (a highlight never starts or ends in a gap); null when nothing is left. */
function trimmed(text: string, candidate: Candidate): Candidate | null {
  let { start, end } = candidate;
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return end > start ? { ...candidate, start, end } : null;
}

/**
 * The best-matching places of `pattern` in text[from, to), in the whole text's offsets. The search
 * reports every end offset of an equally good match; ends that close together are one place.
 */
function searchIn(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): Candidate[] {
  const places: Candidate[] = [];
  for (const m of search(text.slice(from, to), pattern, maxErrors)) {
    const last = places.at(-1);
    if (last && m.end + from - last.end <= m.errors + 1) continue;
    places.push({ start: m.start + from, end: m.end + from, errors: m.errors });
  }
  return places;
}

/** Where the quote is, give or take its error budget: the best places in the whole text and the best near where it was. */
function quoteMatches(text: string, exact: string, position: TextPositionSelector): Candidate[] {
  const budget = errorBudget(exact.length);
  if (budget === 0) return [];
  const from = Math.max(0, position.start - NEAR_REACH);
  const to = Math.min(text.length, position.end + NEAR_REACH);
  return [...searchIn(text, exact, budget), ...searchIn(text, exact, budget, from, to)];
}

/** Whatever now stands between the stored prefix and suffix, when the two are found close enough together. */
function bracketedMatches(text: string, quote: TextQuoteSelector): Candidate[] {
  const { exact, prefix, suffix } = quote;
  if (exact.length > BRACKETED_MAX_LENGTH || !prefix || !suffix) return [];
  const ends = searchIn(text, prefix, Math.floor(prefix.length * CONTEXT_ERROR_RATE)).map((m) => m.end);
  const starts = searchIn(text, suffix, Math.floor(suffix.length * CONTEXT_ERROR_RATE)).map((m) => m.start);
  const longest = 2 * exact.length + FUZZY_MIN_LENGTH;
  return ends.flatMap((start) =>
    starts
      .filter((end) => end > start && end - start <= longest)
      .map((end) => ({ start, end, errors: editDistance(exact, text.slice(start, end)) })),
  );
}

/** A match with its edges set where they fit best (refineEdges), and its errors counted again for them. */
function settled(text: string, quote: TextQuoteSelector, match: Candidate): Candidate | null {
  const candidate = trimmed(text, refineEdges(text, quote, match));
  if (!candidate) return null;
  const limit = Math.max(errorBudget(quote.exact.length), Math.min(quote.exact.length, BRACKETED_MAX_LENGTH));
  return { ...candidate, errors: boundedEditDistance(quote.exact, text.slice(candidate.start, candidate.end), limit) };
}

/** Places the quote may be after edits, found by the quote itself and by its context. */
export function approximateMatches(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Candidate[] {
  return [...quoteMatches(text, quote.exact, position), ...bracketedMatches(text, quote)]
    .map((match) => settled(text, quote, match))
    .filter((candidate) => candidate !== null);
}

/**
 * The best places of the quote once `taken` is blotted out: the runner-up a choice must clearly beat,
 * which the search hides when it scores worse than the choice.
 */
export function rivalMatches(text: string, quote: TextQuoteSelector, taken: Candidate): Candidate[] {
  const budget = errorBudget(quote.exact.length);
  if (budget === 0) return [];
  const blotted = text.slice(0, taken.start) + '\u0000'.repeat(taken.end - taken.start) + text.slice(taken.end);
  return searchIn(blotted, quote.exact, budget)
    .map((match) => settled(text, quote, match))
    .filter((candidate) => candidate !== null);
}
