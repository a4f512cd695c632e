import type { ImportHighlight } from '../importBatch';

/** The link back to Omnivore that ends each quote: `[⤴️](https://omnivore.app/me/slug#id)`. */
const BACK_LINK = /\s*\[[^\]]*\]\(https?:\/\/omnivore\.app\/[^)]*\)\s*$/;

/**
 * An Omnivore `highlights/<slug>.md`: each highlight a `> ` quote, followed by the paragraphs of its note, if any.
 */
export function omnivoreHighlights(markdown: string): ImportHighlight[] {
  const highlights: ImportHighlight[] = [];
  for (const paragraph of markdown.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = paragraph.trim().split('\n');
    if (lines[0] === '') continue;
    if (lines.every((line) => line.startsWith('>'))) {
      const quote = lines.map((line) => line.replace(/^>\s?/, '')).join('\n').replace(BACK_LINK, '').trim();
      if (quote) highlights.push({ quote, note: null, createdAt: null });
    } else {
      const last = highlights.at(-1);
      if (last) last.note = last.note ? `${last.note}\n\n${paragraph.trim()}` : paragraph.trim();
    }
  }
  return highlights;
}
