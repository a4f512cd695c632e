import type { ArticleText } from '../../../../../../src/renderer/src/features/annotations/anchoring/articleText';
import type { StudyHighlight, Word } from './randomHighlights';
import type { Random } from './seededRandom';

export const EDIT_KINDS = [
  'word inserted inside',
  'word inserted at an edge',
  'word inserted nearby',
  'word deleted inside',
  'word deleted nearby',
  'punctuation changed',
  'whitespace changed',
  'paragraph added above',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** An edit made to the article's DOM: where it was in the text before it ([start, end) replaced), how many characters it changed, and how to take it back. */
export interface Edit {
  site: { start: number; end: number };
  size: number;
  undo: () => void;
}

const NEW_WORDS = ['very', 'reportedly', 'local', 'also', 'newly', 'however,'];
const PUNCTUATION_SWAPS: Record<string, string> = { ',': ';', '.': '!', ';': ',', ':': ',', '!': '.', '?': '.' };

/** The text node and offset a character of the text was read from (null for a line break made by elements). */
function pointAt(article: ArticleText, offset: number): { node: Text; offset: number } | null {
  const range = article.rangeOf(offset, offset + 1);
  return range.collapsed ? null : { node: range.startContainer as Text, offset: range.startOffset };
}

function insertBefore(article: ArticleText, word: Word, random: Random): Edit | null {
  const point = pointAt(article, word.start);
  if (!point) return null;
  const inserted = `${random.pick(NEW_WORDS)} `;
  point.node.insertData(point.offset, inserted);
  return { site: { start: word.start, end: word.start }, size: inserted.length, undo: () => point.node.deleteData(point.offset, inserted.length) };
}

/** Deletes a word with the space after it (or before it), when the word and that space are in one text node. */
function deleteWord(article: ArticleText, word: Word): Edit | null {
  const range = article.rangeOf(word.start, word.end);
  const node = range.startContainer;
  if (node !== range.endContainer || !(node instanceof Text)) return null;
  let [from, to] = [range.startOffset, range.endOffset];
  if (/\s/.test(node.data[to] ?? '')) to++;
  else if (/\s/.test(node.data[from - 1] ?? '')) from--;
  const removed = node.data.slice(from, to);
  node.deleteData(from, to - from);
  return { site: { start: word.start, end: word.end }, size: removed.length, undo: () => node.insertData(from, removed) };
}

function changePunctuation(article: ArticleText, from: number, to: number): Edit | null {
  for (let at = from; at < to; at++) {
    const swap = PUNCTUATION_SWAPS[article.text[at]!];
    const point = swap ? pointAt(article, at) : null;
    if (!swap || !point) continue;
    const old = point.node.data[point.offset]!;
    point.node.replaceData(point.offset, 1, swap);
    return { site: { start: at, end: at + 1 }, size: 1, undo: () => point.node.replaceData(point.offset, 1, old) };
  }
  return null;
}

/** A space typed as a no-break space (which the text keeps), plus a line break and indent in the source (which it collapses). */
function changeWhitespace(article: ArticleText, gap: number): Edit | null {
  const point = article.text[gap] === ' ' ? pointAt(article, gap) : null;
  if (!point || point.node.data[point.offset] !== ' ') return null;
  point.node.replaceData(point.offset, 1, '\u00a0\n\t ');
  return { site: { start: gap, end: gap + 1 }, size: 1, undo: () => point.node.replaceData(point.offset, 4, ' ') };
}

function addParagraphAbove(article: ArticleText, word: Word, body: HTMLElement): Edit | null {
  const point = pointAt(article, word.start);
  let block: Node | null = point?.node ?? null;
  while (block && block.parentNode !== body) block = block.parentNode;
  if (!block) return null;
  const at = blockStart(article, block);
  const paragraph = body.ownerDocument.createElement('p');
  paragraph.textContent = 'A paragraph added above, with a few words of its own.';
  body.insertBefore(paragraph, block);
  return { site: { start: at, end: at }, size: paragraph.textContent.length + 1, undo: () => paragraph.remove() };
}

/** Where a top-level block's text starts in the text. */
function blockStart(article: ArticleText, block: Node): number {
  const range = block.ownerDocument!.createRange();
  range.selectNodeContents(block);
  return article.spanOf(range)?.start ?? 0;
}

/** Makes one edit of the kind asked near or inside the highlight, falling back to a nearby edit when the highlight is too short for it. */
export function editNear(kind: EditKind, article: ArticleText, words: Word[], highlight: StudyHighlight, body: HTMLElement, random: Random): Edit | null {
  const { firstWord, lastWord } = highlight;
  const inner = lastWord - firstWord;
  const nearby = () => {
    const after = random.next() < 0.5 && lastWord + 1 < words.length;
    return after ? words[Math.min(words.length - 1, lastWord + random.int(1, 3))]! : words[Math.max(0, firstWord - random.int(1, 3))]!;
  };
  const { start, end } = highlight.target.position;
  switch (kind) {
    case 'word inserted inside':
      return inner >= 1 ? insertBefore(article, words[random.int(firstWord + 1, lastWord)]!, random) : insertBefore(article, nearby(), random);
    case 'word inserted at an edge':
      return insertBefore(article, random.next() < 0.5 || lastWord + 1 >= words.length ? words[firstWord]! : words[lastWord + 1]!, random);
    case 'word inserted nearby':
      return insertBefore(article, nearby(), random);
    case 'word deleted inside':
      return inner >= 2 ? deleteWord(article, words[random.int(firstWord + 1, lastWord - 1)]!) : deleteWord(article, nearby());
    case 'word deleted nearby':
      return deleteWord(article, nearby());
    case 'punctuation changed':
      return random.next() < 0.5 ? changePunctuation(article, start, end) ?? changePunctuation(article, end, end + 32) : changePunctuation(article, Math.max(0, start - 32), start);
    case 'whitespace changed':
      return changeWhitespace(article, inner >= 1 ? words[random.int(firstWord, lastWord - 1)]!.end : end);
    case 'paragraph added above':
      return addParagraphAbove(article, words[firstWord]!, body);
  }
}
