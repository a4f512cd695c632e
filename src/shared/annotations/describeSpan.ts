import { QUOTE_CONTEXT, type HighlightTarget } from '../model/annotation';
import { splitsPair } from './surrogates';
import { textHash } from './textHash';

/**
 * The stored W3C target of [start, end) of an article's normalised text: the exact words with
 * QUOTE_CONTEXT characters on each side (fewer at the text's edges, never half a surrogate pair),
 * their position, and the hash of the text the position counts in (pass it when already known).
 */
export function describeSpan(text: string, start: number, end: number, hash?: string): HighlightTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`no span [${start}, ${end}) in a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
    textHash: hash ?? textHash(text),
  };
}
