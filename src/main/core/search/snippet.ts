import type { SearchField, SearchSnippet } from '../../../shared/model/search';
import { splitWords } from '../../../shared/search/splitWords';
import { isMarked } from './markWords';
import type { MarkedWords } from './matchExpression';
import { matchedParagraphs, paragraphAround, type Paragraph } from './matchedParagraphs';

/** About as many words as two lines of a result show. */
export const SNIPPET_WORDS = 30;
/** Words of context kept before the first match of a passage. */
const LEAD_WORDS = 6;
/** Paragraphs looked at closely for the best passage: a long article's first few that match are enough. */
const PARAGRAPHS_WEIGHED = 3;
const ELLIPSIS = '…';
/** What a word is made of (see splitWords). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;

interface Passage {
  count: number;
  start: number;
  end: number;
  marks: (readonly [number, number])[];
}

/** The window of SNIPPET_WORDS words with the most matches in a paragraph (the first such; its start when none), with its marks. */
function bestPassage({ start: offset, text }: Paragraph, marked: MarkedWords | null): Passage {
  const words = splitWords(text);
  const matches = marked && isMarked(marked);
  const hits = matches ? words.flatMap((word, i) => (matches(word) ? [i] : [])) : [];
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

/** A passage as shown: on one line, with an ellipsis where the text goes on, its marks moved to match. */
function shown(field: SearchField, text: string, passage: Passage): SearchSnippet {
  const lead = /\S/.test(text.slice(0, passage.start)) ? ELLIPSIS : '';
  // Line breaks and tabs become spaces one for one, so the marks keep their places.
  const body = lead + text.slice(passage.start, passage.end).replace(/\s/g, ' ').trimEnd() + (passage.end >= text.trimEnd().length ? '' : ELLIPSIS);
  const shift = lead.length - passage.start;
  return { field, text: body, marks: passage.marks.map(([start, end]) => [start + shift, end + shift]) };
}

/**
 * The passage of a text with the most matched words, cut at word boundaries, with the matches marked in
 * the passage as shown (offsets into the snippet's own text). Null when nothing in the text matches.
 */
export function snippetOf(field: SearchField, text: string, marked: MarkedWords): SearchSnippet | null {
  const passages = matchedParagraphs(text, marked, PARAGRAPHS_WEIGHED).map((paragraph) => bestPassage(paragraph, marked));
  const best = passages.reduce<Passage | undefined>((chosen, passage) => (passage.count > (chosen?.count ?? 0) ? passage : chosen), undefined);
  return best ? shown(field, text, best) : null;
}

/** The start of a text, unmarked: the passage of an article that matched elsewhere (its title). Null for a text without words. */
export function openingOf(field: SearchField, text: string): SearchSnippet | null {
  const first = text.search(WORD_CHAR);
  if (first === -1) return null;
  const { start, text: paragraph } = paragraphAround(text, first);
  return shown(field, text, bestPassage({ start: first, text: paragraph.slice(first - start) }, null));
}
