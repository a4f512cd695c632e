import type { ArticleText } from '../../../../../../src/renderer/src/features/annotations/anchoring/articleText';
import { describeSpan } from '../../../../../../src/shared/annotations/describeSpan';
import type { HighlightTarget } from '../../../../../../src/shared/model/annotation';
import type { Random } from './seededRandom';

export interface Word {
  start: number;
  end: number;
}

export interface StudyHighlight {
  /** Index of its first and last word in the text's words. */
  firstWord: number;
  lastWord: number;
  target: HighlightTarget;
  /** Whether the span read back from the DOM range is the span the range was made for. */
  roundTrips: boolean;
  crossesBlocks: boolean;
  crossesElements: boolean;
}

/** How many words a highlight covers, with how often: a word, a phrase, a sentence, a paragraph or several. */
const LENGTHS: ReadonlyArray<{ share: number; min: number; max: number }> = [
  { share: 0.15, min: 1, max: 1 },
  { share: 0.2, min: 2, max: 3 },
  { share: 0.3, min: 4, max: 15 },
  { share: 0.2, min: 16, max: 60 },
  { share: 0.15, min: 61, max: 300 },
];

export const wordsOf = (text: string): Word[] => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function wordCount(random: Random): number {
  let roll = random.next();
  for (const length of LENGTHS) {
    if (roll < length.share) return random.int(length.min, length.max);
    roll -= length.share;
  }
  return 1;
}

/** Highlights at random word-aligned places, made as the reader makes them: a DOM range read back into a span, then described. */
export function randomHighlights(article: ArticleText, words: Word[], count: number, random: Random): StudyHighlight[] {
  return Array.from({ length: count }, () => {
    const length = Math.min(words.length, wordCount(random));
    const firstWord = random.int(0, words.length - length);
    const lastWord = firstWord + length - 1;
    const [start, end] = [words[firstWord]!.start, words[lastWord]!.end];
    const range = article.rangeOf(start, end);
    const span = article.spanOf(range)!;
    return {
      firstWord,
      lastWord,
      target: describeSpan(article.text, span.start, span.end, article.hash),
      roundTrips: span.start === start && span.end === end,
      crossesBlocks: article.text.slice(start, end).includes('\n'),
      crossesElements: range.startContainer !== range.endContainer,
    };
  });
}
