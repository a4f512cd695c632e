import { foldText } from '../../../shared/search/foldText';
import { splitWords } from '../../../shared/search/splitWords';
import { isMarked } from './markWords';
import type { MarkedWords } from './matchExpression';

/** A paragraph of a text (up to and including its line break), or the part of a long one around a match, and where it starts. */
export interface Paragraph {
  start: number;
  text: string;
}

/** Where the next one is in a text from `from` on (Infinity when there is none). */
type Next = (from: number) => number;

/** What words are made of (see splitWords). */
const WORD_CHARS = String.raw`[\p{L}\p{N}\p{M}\p{Co}]`;
const ENDS_IN_WORD = new RegExp(`${WORD_CHARS}$`, 'u');
const STARTS_WORD = new RegExp(`^${WORD_CHARS}`, 'u');
/** Outside ASCII, but not the punctuation news text is full of (curly quotes, dashes): a letter, maybe. */
const NON_ASCII = /[\u0080-\u1fff\u2070-\uffff]/g;
const ASCII_WORD = /^[a-z0-9]+$/;

/** The paragraph holding the character at `at`. */
export const paragraphAround = (text: string, at: number): Paragraph => {
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return { start, text: text.slice(start, lineEnd === -1 ? text.length : lineEnd + 1) };
};

/** Characters kept before and after a paragraph's first match: a long paragraph is split into words around it only. */
const BEFORE_MATCH = 300;
const AFTER_MATCH = 1_200;

/** The paragraph clipped to the characters around `at` (at spaces, so no word is cut). */
function around(text: string, paragraph: Paragraph, at: number): Paragraph {
  const end = paragraph.start + paragraph.text.length;
  const space = text.lastIndexOf(' ', at - BEFORE_MATCH);
  const from = at - BEFORE_MATCH > paragraph.start && space > paragraph.start ? space + 1 : paragraph.start;
  const after = at + AFTER_MATCH < end ? text.indexOf(' ', at + AFTER_MATCH) : -1;
  const to = after === -1 || after > end ? end : after;
  return from === paragraph.start && to === end ? paragraph : { start: from, text: text.slice(from, to) };
}

/** `find` for `from` moving forward only: an answer still ahead is kept, so each text is scanned once. */
function cursor(find: Next): Next {
  let next = -1;
  return (from) => (next >= from ? next : (next = find(from)));
}

/**
 * The next whole marked word spelt in ASCII, looked up natively in the lowercased text. A word found is a
 * match (lowercase is how such a word folds); one written with, or next to, an accented letter is missed,
 * and found by folding its paragraph instead. Undefined when lowercasing changes the text's length (`İ`).
 */
function asciiWords(text: string, marked: MarkedWords): Next | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const isWhole = (at: number, end: number | null) => !ENDS_IN_WORD.test(text.slice(Math.max(0, at - 2), at)) && (end === null || !STARTS_WORD.test(text.slice(end, end + 2)));
  const lookups = [...[...marked.words].map((word) => ({ word, whole: true })), ...marked.prefixes.map((word) => ({ word, whole: false }))]
    .filter(({ word }) => ASCII_WORD.test(word))
    .map(({ word, whole }) =>
      cursor((from) => {
        for (let at = lower.indexOf(word, from); at !== -1; at = lower.indexOf(word, at + 1)) if (isWhole(at, whole ? at + word.length : null)) return at;
        return Infinity;
      }),
    );
  return (from) => Math.min(Infinity, ...lookups.map((next) => next(from)));
}

/** The first letter, digit or mark outside ASCII in [from, before): only around one does folding do more than lowercase. */
function foreignLetter(text: string, from: number, before: number): number {
  NON_ASCII.lastIndex = from;
  for (let found = NON_ASCII.exec(text); found !== null && found.index < before; found = NON_ASCII.exec(text)) {
    if (STARTS_WORD.test(text.slice(found.index, found.index + 2))) return found.index;
  }
  return Infinity;
}

/**
 * The first `count` paragraphs of a text holding a whole marked word. Native scans find the marked words
 * spelt in ASCII, and the letters outside ASCII before each: only the paragraphs holding such letters are
 * folded and split into words (every paragraph, for a text that lowercasing changes in length).
 */
export function matchedParagraphs(text: string, marked: MarkedWords, count: number): Paragraph[] {
  const ascii = asciiWords(text, marked);
  const matches = isMarked(marked);
  const needles = [...marked.words, ...marked.prefixes];
  const found: Paragraph[] = [];
  for (let at = 0; found.length < count && at < text.length; ) {
    const match = ascii?.(at) ?? Infinity;
    const matched = match === Infinity ? null : paragraphAround(text, match);
    // A foreign letter in the matched paragraph changes nothing: it is taken anyway.
    const foreign = ascii ? foreignLetter(text, at, matched?.start ?? text.length) : at;
    if (foreign !== Infinity) {
      const paragraph = paragraphAround(text, foreign);
      const folded = foldText(paragraph.text);
      const first = needles.some((needle) => folded.includes(needle)) ? splitWords(paragraph.text).find(matches) : undefined;
      if (first) found.push(around(text, paragraph, paragraph.start + first.start));
      at = paragraph.start + paragraph.text.length;
    } else if (matched) {
      found.push(around(text, matched, match));
      at = matched.start + matched.text.length;
    } else break;
  }
  return found;
}
