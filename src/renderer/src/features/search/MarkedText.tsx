import type { TextMark } from '../../../../shared/model/search';
import { markedParts } from './markedParts';

/** Text with the matched words in <mark> elements, built from offsets: main never sends HTML. */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  return markedParts(text, marks).map((part, index) => (part.marked ? <mark key={index} className="search-mark">{part.text}</mark> : part.text));
}
