import type { TextMark } from '../../../../shared/model/search';

export interface TextPart {
  text: string;
  marked: boolean;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A boundary moved off the middle of a surrogate pair, so no character is ever cut in two. */
function onCharacter(text: string, at: number, outward: -1 | 1): number {
  const clamped = Math.min(Math.max(at, 0), text.length);
  if (clamped > 0 && clamped < text.length && isLowSurrogate(text.charCodeAt(clamped))) return clamped + (outward === 1 ? 1 : -1);
  return clamped;
}

/**
 * The text cut into plain and marked parts by [start, end) offsets in UTF-16 code units. Marks out
 * of order, overlapping or reaching past the end (main's offsets are trusted for little) are merged
 * and clamped, so the parts always join back into the text.
 */
export function markedParts(text: string, marks: readonly TextMark[]): TextPart[] {
  const spans = marks
    .map(([start, end]) => [onCharacter(text, start, -1), onCharacter(text, end, 1)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const last = parts.at(-1);
    if (start <= at && last?.marked) last.text += text.slice(at, end);
    else {
      if (start > at) parts.push({ text: text.slice(at, start), marked: false });
      parts.push({ text: text.slice(Math.max(start, at), end), marked: true });
    }
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
