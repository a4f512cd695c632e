import { seeded } from './searchCorpus';

export const QUERY_KINDS = ['one word', 'multi-word', 'phrase', 'prefix', 'filtered'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  /** In the app's query syntax. */
  text: string;
  /** The same for MiniSearch: its words, and whether the last is a prefix. */
  words: string[];
  prefix: boolean;
}

/**
 * Queries a reader would type, drawn from the corpus: words of five letters or more (names, places,
 * topics rather than "the"), pairs and phrases taken from one paragraph, the first letters of a word,
 * and a word within a tag and a reading state.
 */
export function benchQueries(paragraphs: readonly string[], perKind: number): Record<QueryKind, BenchQuery[]> {
  const next = seeded(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  // What people search for by memory (names, places, topics): not the 200 commonest words ("would", "their").
  const frequency = new Map<string, number>();
  for (const paragraph of paragraphs) for (const word of paragraph.toLowerCase().split(/[^\p{L}\p{N}]+/u)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const common = new Set([...frequency].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([word]) => word));
  const wordsOf = (paragraph: string) => paragraph.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 5 && !common.has(word.toLowerCase()));
  const sample = (make: () => BenchQuery | undefined): BenchQuery[] => {
    const queries: BenchQuery[] = [];
    while (queries.length < perKind) {
      const query = make();
      if (query) queries.push(query);
    }
    return queries;
  };
  const word = () => pick(wordsOf(pick(paragraphs)).concat(['sanctions']));
  return {
    // A space after the words: typed and finished, so none is taken as a prefix.
    'one word': sample(() => {
      const term = word();
      return { text: `${term} `, words: [term], prefix: false };
    }),
    'multi-word': sample(() => {
      const words = wordsOf(pick(paragraphs));
      if (words.length < 2) return undefined;
      const pair = [pick(words), pick(words)];
      return { text: `${pair.join(' ')} `, words: pair, prefix: false };
    }),
    phrase: sample(() => {
      const words = pick(paragraphs).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const at = Math.floor(next() * Math.max(1, words.length - 3));
      const phrase = words.slice(at, at + 3);
      return phrase.length < 3 ? undefined : { text: `"${phrase.join(' ')}"`, words: phrase, prefix: false };
    }),
    prefix: sample(() => {
      const start = word().slice(0, 3 + Math.floor(next() * 2));
      return { text: start, words: [start], prefix: true };
    }),
    filtered: sample(() => {
      const term = word();
      return { text: `${term} tag:ukraine is:unread`, words: [term], prefix: false };
    }),
  };
}
