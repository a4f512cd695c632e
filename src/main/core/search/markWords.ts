import type { TextMark } from '../../../shared/model/search';
import { foldText } from '../../../shared/search/foldText';
import { splitWords, type WordSpan } from '../../../shared/search/splitWords';
import type { MarkedWords } from './matchExpression';

const ASCII = /^[\x20-\x7e]*$/;
/** foldText, but most text is plain ASCII, and lowercasing folds that as well for a fraction of the cost. */
export const foldFast = (word: string) => (ASCII.test(word) ? word.toLowerCase() : foldText(word));

/** A test of whether a word of the original text is one the query matched. */
export function isMarked({ words, prefixes }: MarkedWords): (word: WordSpan) => boolean {
  return (word) => {
    const folded = foldFast(word.text);
    return words.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix));
  };
}

/** The matched words of a text, as [start, end) offsets into the text itself (never into its folded form). */
export function markWords(text: string, marked: MarkedWords): TextMark[] {
  const matches = isMarked(marked);
  return splitWords(text)
    .filter(matches)
    .map((word): TextMark => [word.start, word.end]);
}
