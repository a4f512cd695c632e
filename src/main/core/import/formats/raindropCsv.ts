import type { ImportHighlight } from '../importBatch';
import { fromDateText } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { readCsv } from '../read/readCsv';
import type { ImportSource } from '../read/importSource';

export const RAINDROP_COLUMNS = ['id', 'url', 'folder', 'tags', 'created'];

/** Raindrop's own catch-all collection: not a topic, so no tag. */
const UNSORTED = 'unsorted';

/** Raindrop's CSV: the folder (`a/b` when nested) becomes a tag, tags are comma-separated, favourites starred. */
export async function readRaindropCsv(source: ImportSource, collector: ImportCollector): Promise<void> {
  for await (const row of readCsv(source)) {
    const folder = row.get('folder')?.trim() ?? '';
    collector.add(
      {
        url: row.get('url'),
        title: row.get('title'),
        note: row.get('note'),
        excerpt: row.get('excerpt'),
        tags: [...(folder.toLowerCase() === UNSORTED ? [] : [folder]), ...(row.get('tags') ?? '').split(',')],
        state: { starred: row.get('favorite')?.trim() === 'true' },
        savedAt: fromDateText(row.get('created')),
        highlights: raindropHighlights(row.get('highlights') ?? ''),
      },
      { file: source.name, line: row.line },
    );
  }
}

/** The highlights cell: each highlight starts with a `Highlight:` line, its note with a `Note:` line. */
export function raindropHighlights(cell: string): ImportHighlight[] {
  return cell
    .split(/^Highlight:/m)
    .slice(1)
    .map((block) => {
      const [quote = '', note] = block.split(/^Note:/m);
      return { quote: quote.trim(), note: note?.trim() || null, createdAt: null };
    })
    .filter((highlight) => highlight.quote !== '');
}
