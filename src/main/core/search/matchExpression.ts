import { foldText } from '../../../shared/search/foldText';
import type { SearchQuery, SearchTerm } from '../../../shared/search/searchQuery';
import { splitWords } from '../../../shared/search/splitWords';
import { typoVariants } from './typoVariants';

/** The words to mark in a result: whole folded words, and the starts of words (the prefix being typed). */
export interface MarkedWords {
  words: Set<string>;
  prefixes: string[];
}

/** A parsed query in FTS5's own syntax. Every word is quoted, so nothing typed ever becomes FTS5 syntax. */
export interface MatchExpressions {
  /** The words as typed; null when the query has only filters. */
  exact: string | null;
  /** The same, a long word also matching the indexed words one typo away; null when there are none. */
  withTypos: string | null;
  /** Any of the excluded words; null when nothing is excluded. */
  excluded: string | null;
  /** Whether a term is several words in a row (a phrase, a CJK word): matching those reads word positions. */
  phrased: boolean;
  marked: MarkedWords;
}

const quote = (token: string) => `"${token.replaceAll('"', '""')}"`;
const anyOf = (fragments: string[]) => (fragments.length === 1 ? (fragments[0] as string) : `(${fragments.join(' OR ')})`);

/** The index's words of a term (a CJK word is several), folded as the index folds them. */
const tokensOf = (term: SearchTerm) => splitWords(foldText(term.kind === 'word' ? term.text : term.words.join(' '))).map((word) => word.text);

/** What the index knows of its words, to tell a typo from a word spelt as meant. */
export interface Vocabulary {
  hasPrefix(prefix: string): boolean;
  documentCounts(terms: readonly string[]): Map<string, number>;
}

/** A word in this many articles is taken as spelt as meant: looking up its variants costs more than a page of results. */
const TRUSTED_COUNT = 3;

/**
 * The indexed words one typo away from a word that are likelier than it: found in more articles than the
 * word as typed. "ukrane" finds "ukraine"; "would" does not drift to "world" (and match every article). A
 * prefix being typed that starts some indexed word, or a word found often, is not a typo.
 */
function likelierVariants(word: string, prefix: boolean, vocabulary: Vocabulary): string[] {
  const own = vocabulary.documentCounts([word]).get(word) ?? 0;
  if (own >= TRUSTED_COUNT || (prefix && vocabulary.hasPrefix(word))) return [];
  const variants = typoVariants(word);
  const counts = vocabulary.documentCounts(variants);
  return variants.filter((variant) => (counts.get(variant) ?? 0) > own);
}

/** Compiles the words of a query; `vocabulary` tells which typo variants are worth matching. */
export function matchExpressions(query: SearchQuery, vocabulary: Vocabulary): MatchExpressions {
  const marked: MarkedWords = { words: new Set(), prefixes: [] };
  let typos = false;

  function fragments(term: SearchTerm, withTypos: boolean): string[] {
    const tokens = tokensOf(term);
    if (tokens.length === 0) return [];
    // A phrase still being typed (`covid-1`) ends in a prefix as a word does: FTS5 reads `"covid 1"*` so.
    const prefix = term.prefix === true;
    const exact = quote(tokens.join(' ')) + (prefix ? '*' : '');
    if (!withTypos || tokens.length > 1) return [exact];
    const variants = likelierVariants(tokens[0] as string, prefix, vocabulary);
    variants.forEach((variant) => marked.words.add(variant));
    typos ||= variants.length > 0;
    return [exact, ...variants.map(quote)];
  }

  const expression = (groups: SearchTerm[][], withTypos: boolean) => {
    const parts = groups.map((group) => group.flatMap((term) => fragments(term, withTypos))).filter((group) => group.length > 0);
    return parts.length === 0 ? null : parts.map(anyOf).join(' AND ');
  };

  for (const term of query.must.flat()) {
    const tokens = tokensOf(term);
    if (term.prefix === true) tokens.splice(-1).forEach((last) => marked.prefixes.push(last));
    tokens.forEach((token) => marked.words.add(token));
  }
  const exact = expression(query.must, false);
  const withTypos = expression(query.must, true);
  const excluded = query.not.length === 0 ? null : expression([query.not], false);
  const phrased = query.must.flat().some((term) => tokensOf(term).length > 1);
  return { exact, withTypos: typos ? withTypos : null, excluded, phrased, marked };
}
