import type { SearchField, SearchSnippet } from '../../../shared/model/search';
import { splitWords } from '../../../shared/search/splitWords';
import { foldFast, isMarked } from './markWords';
import type { MarkedWords } from './matchExpression';

/** About as many words as two lines of a result show. */
export const SNIPPET_WORDS = 30;
/** Words of context kept before the first match of a passage. */
const LEAD_WORDS = 6;
/** Paragraphs looked at closely for the best passage: a long article's first few that may match are enough. */
const PARAGRAPHS_WEIGHED = 3;
const ELLIPSIS = '…';

interface Paragraph {
  start: number;
  text: string;
}

/** The paragraphs whose folded text contains a marked word (a cheap test, before splitting any into words). */
function candidateParagraphs(text: string, { words, prefixes }: MarkedWords): Paragraph[] {
  const needles = [...words, ...prefixes];
  const found: Paragraph[] = [];
  for (let start = 0; start < text.length && found.length < PARAGRAPHS_WEIGHED; ) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start) + 1;
    const paragraph = text.slice(start, end);
    const folded = foldFast(paragraph);
    if (needles.some((needle) => folded.includes(needle))) found.push({ start, text: paragraph });
    start = end;
  }
  return found;
}

/** The window of SNIPPET_WORDS words with the most matches in a paragraph (the first such), with its marks. */
function bestPassage({ start: offset, text }: Paragraph, marked: MarkedWords) {
  const words = splitWords(text);
  const matches = isMarked(marked);
  const hits = words.flatMap((word, i) => (matches(word) ? [i] : []));
  let best = { first: hits[0] ?? 0, count: 0 };
  for (let h = 0, end = 0; h < hits.length; h++) {
    while (end < hits.length && (hits[end] as number) < (hits[h] as number) + SNIPPET_WORDS - LEAD_WORDS) end++;
    if (end - h > best.count) best = { first: hits[h] as number, count: end - h };
  }
  const from = Math.max(0, best.first - LEAD_WORDS);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : (words[from] as { start: number }).start;
  const end = to === words.length ? text.length : (words[to - 1] as { end: number }).end;
  const marks = hits.map((i) => words[i] as { start: number; end: number }).filter((word) => word.start >= start && word.end <= end);
  return { count: best.count, start: offset + start, end: offset + end, marks: marks.map((word) => [offset + word.start, offset + word.end] as const) };
}

/**
 * The passage of a text with the most matched words, cut at word boundaries, with the matches marked in
 * the passage as shown (offsets into the snippet's own text). Null when nothing in the text matches.
 */
export function snippetOf(field: SearchField, text: string, marked: MarkedWords): SearchSnippet | null {
  const passages = candidateParagraphs(text, marked).map((paragraph) => bestPassage(paragraph, marked));
  const best = passages.reduce<(typeof passages)[number] | undefined>((chosen, passage) => (passage.count > (chosen?.count ?? 0) ? passage : chosen), undefined);
  if (!best) return null;
  const lead = best.start === 0 ? '' : ELLIPSIS;
  // Line breaks and tabs become spaces one for one, so the marks keep their places.
  const passage = lead + text.slice(best.start, best.end).replace(/\s/g, ' ').trimEnd() + (best.end >= text.trimEnd().length ? '' : ELLIPSIS);
  const shift = lead.length - best.start;
  return { field, text: passage, marks: best.marks.map(([start, end]) => [start + shift, end + shift]) };
}
