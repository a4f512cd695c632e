import { isBlock, isCollapsible, isSilent } from './textLayout';

/**
 * An article's normalised plain text, and how it maps to the DOM it was read from.
 *
 * The normalised text of a root element is, precisely: the data of the text nodes under it, in
 * document order, skipping everything inside script, style, template, noscript and role="img"
 * (images give nothing, not even their alt text); where an ASCII whitespace run (space, tab, LF, FF, CR) stands,
 * or a block-level element (textLayout.ts) starts or ends, or a <br>/<hr> stands, the text gets one
 * separator: '\n' if any block boundary is among them, else ' '; separators at the very start and
 * end are dropped. Whitespace inside <pre> collapses too, so the text never depends on styles.
 * Offsets count UTF-16 code units, as JavaScript strings do.
 */
export interface NormalisedText {
  readonly text: string;
  /** The text nodes read, in document order. */
  readonly nodes: readonly Text[];
  /**
   * Per text node, the text offset of each of its DOM offsets (0 to its length): a character's own
   * offset; inside a whitespace run, the separator's offset for the run's first character and the
   * offset after it for the rest. Values past the text's end mean its end.
   */
  readonly offsets: ReadonlyMap<Text, Int32Array>;
  /** Per character of the text, the index in `nodes` and the DOM offset it was read from; -1 for a line break made by elements. */
  readonly sourceNode: Int32Array;
  readonly sourceOffset: Int32Array;
}

export function normaliseText(root: Element): NormalisedText {
  const chars: string[] = [];
  const sourceNode: number[] = [];
  const sourceOffset: number[] = [];
  const nodes: Text[] = [];
  const offsets = new Map<Text, Int32Array>();
  let separator: '' | ' ' | '\n' = '';
  let separatorNode = -1;
  let separatorOffset = -1;

  const emit = (char: string, node: number, offset: number) => {
    chars.push(char);
    sourceNode.push(node);
    sourceOffset.push(offset);
  };
  const flushSeparator = () => {
    if (separator && chars.length > 0) emit(separator, separatorNode, separatorOffset);
    separator = '';
  };
  const breakLine = () => {
    separator = '\n';
    separatorNode = -1;
  };
  /** Where the next character will land once a pending separator is written. */
  const afterSeparator = () => (chars.length > 0 && separator ? chars.length + 1 : chars.length);

  const readText = (node: Text) => {
    const index = nodes.push(node) - 1;
    const data = node.data;
    const map = new Int32Array(data.length + 1);
    for (let i = 0; i < data.length; i++) {
      if (!isCollapsible(data.charCodeAt(i))) {
        flushSeparator();
        map[i] = chars.length;
        emit(data[i]!, index, i);
      } else if (separator) {
        map[i] = afterSeparator();
      } else {
        map[i] = chars.length;
        separator = ' ';
        separatorNode = index;
        separatorOffset = i;
      }
    }
    map[data.length] = afterSeparator();
    offsets.set(node, map);
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) return readText(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE || isSilent(node as Element)) return;
    const block = isBlock(node as Element);
    if (block) breakLine();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);

  return {
    text: chars.join(''),
    nodes,
    offsets,
    sourceNode: Int32Array.from(sourceNode),
    sourceOffset: Int32Array.from(sourceOffset),
  };
}
