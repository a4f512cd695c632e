import { CJK_OR_OTHER_RUN } from './cjk';

/**
 * The words of a text as search sees them, with where each is in the text ([start, end) in UTF-16
 * code units), so matches can be marked in the original. A word is a run of letters, digits and
 * the marks that belong to them, in any script; everything else (spaces, punctuation, symbols)
 * separates words: `covid-19` is `covid` and `19`, `o'brien` is `o` and `brien`, `U.S.` is `U` and
 * `S`. This is how SQLite's unicode61 tokenizer splits a text given `categories 'L* N* Co M*'`.
 * Each CJK character is a word of its own (see cjk.ts). Words keep their case: compare them folded.
 */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
/** No character below the combining marks is CJK or shared with CJK: a run without any (most) is one word. */
const MAYBE_CJK = /[\u0300-\uffff]/;

export function splitWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const run of text.matchAll(WORD_RUN)) {
    if (!MAYBE_CJK.test(run[0])) {
      words.push({ text: run[0], start: run.index, end: run.index + run[0].length });
      continue;
    }
    for (const piece of run[0].matchAll(CJK_OR_OTHER_RUN)) {
      const start = run.index + piece.index;
      words.push({ text: piece[0], start, end: start + piece[0].length });
    }
  }
  return words;
}
