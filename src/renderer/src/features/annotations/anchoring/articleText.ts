import { splitsPair } from '../../../../../shared/annotations/surrogates';
import { textHash } from '../../../../../shared/annotations/textHash';
import { normaliseText, type NormalisedText } from './normaliseText';

export interface ArticleText {
  /** The article's normalised plain text (see normaliseText.ts for the exact rules). */
  readonly text: string;
  /** textHash(text). */
  readonly hash: string;
  /**
   * The span a DOM range covers, clamped to the root and without whitespace at its edges; null when
   * it covers no text of the root (collapsed, outside, only whitespace).
   */
  spanOf(range: Range): { start: number; end: number } | null;
  /** A DOM range over [start, end) of the text, in the root's document (a range may cross elements). */
  rangeOf(start: number, end: number): Range;
}

const isSpace = (text: string, at: number) => /\s/.test(text[at] ?? '');

/** Index of the first of `nodes` (in document order) at or after the boundary point, or nodes.length. */
function firstNodeFrom(nodes: readonly Text[], point: Range): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (point.comparePoint(nodes[middle]!, 0) >= 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The text offset of a DOM boundary point, clamped to the root. */
function textOffsetAt(root: Element, layout: NormalisedText, container: Node, offset: number): number {
  const length = layout.text.length;
  const whole = root.ownerDocument.createRange();
  whole.selectNodeContents(root);
  const side = whole.comparePoint(container, offset);
  if (side !== 0) return side < 0 ? 0 : length;
  const map = layout.offsets.get(container as Text);
  if (map) return Math.min(map[offset]!, length);
  // An element boundary (or text that is not read): where the next text read begins.
  const point = root.ownerDocument.createRange();
  point.setStart(container, offset);
  const next = layout.nodes[firstNodeFrom(layout.nodes, point)];
  return next ? Math.min(layout.offsets.get(next)![0]!, length) : length;
}

function spanOf(root: Element, layout: NormalisedText, range: Range): { start: number; end: number } | null {
  if (range.collapsed || range.startContainer.ownerDocument !== root.ownerDocument) return null;
  const { text } = layout;
  let start = textOffsetAt(root, layout, range.startContainer, range.startOffset);
  let end = textOffsetAt(root, layout, range.endContainer, range.endOffset);
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  return end > start ? { start, end } : null;
}

function rangeOf(root: Element, layout: NormalisedText, start: number, end: number): Range {
  const { sourceNode, sourceOffset, nodes, text } = layout;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length)) {
    throw new RangeError(`no span [${start}, ${end}) in a text of ${text.length} characters`);
  }
  const range = root.ownerDocument.createRange();
  // Line breaks made by elements have no DOM position: the range starts at the first character read from a node, ends after the last.
  let first = start;
  while (first < text.length && sourceNode[first]! < 0) first++;
  if (first < text.length) range.setStart(nodes[sourceNode[first]!]!, sourceOffset[first]!);
  else range.setStart(root, root.childNodes.length);
  let last = end - 1;
  while (last >= first && sourceNode[last]! < 0) last--;
  if (last >= first) range.setEnd(nodes[sourceNode[last]!]!, sourceOffset[last]! + 1);
  return range;
}

/** Reads the normalised text of `root` (the reader's `.article-body`) and maps it to and from DOM ranges. */
export function readArticleText(root: Element): ArticleText {
  const layout = normaliseText(root);
  return {
    text: layout.text,
    hash: textHash(layout.text),
    spanOf: (range) => spanOf(root, layout, range),
    rangeOf: (start, end) => rangeOf(root, layout, start, end),
  };
}
