/** The caret position under a point of the frame's viewport, in either browser's API. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Which highlight the point (x, y) of the frame's viewport falls on, if any: the caret there must
 * lie inside a painted range, the shortest one winning where highlights overlap.
 */
export function highlightAt(doc: Document, x: number, y: number, ranges: ReadonlyMap<string, Range>): string | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let found: { id: string; length: number } | null = null;
  for (const [id, range] of ranges) {
    if (range.comparePoint(caret.node, caret.offset) !== 0) continue;
    // A caret at the very end is the gap after the highlight's last letter, outside it.
    if (caret.node === range.endContainer && caret.offset === range.endOffset) continue;
    const length = range.toString().length;
    if (!found || length < found.length) found = { id, length };
  }
  return found?.id ?? null;
}
