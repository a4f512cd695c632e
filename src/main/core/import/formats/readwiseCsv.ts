import { fromDateText } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { listCell } from '../read/listCell';
import { readCsv } from '../read/readCsv';
import type { ImportSource } from '../read/importSource';

export const READWISE_COLUMNS = ['title', 'url', 'document tags', 'saved date', 'location'];

/** Readwise Reader's CSV: tags as a Python list, a location (new, later, shortlist, archive, feed), progress 0..1. */
export async function readReadwiseCsv(source: ImportSource, collector: ImportCollector): Promise<void> {
  for await (const row of readCsv(source)) {
    const location = row.get('location')?.trim().toLowerCase();
    const progress = Number(row.get('reading progress') || 0);
    collector.add(
      {
        url: row.get('url'),
        title: row.get('title'),
        tags: listCell(row.get('document tags')),
        state: { read: location === 'archive', archived: location === 'archive', starred: location === 'shortlist' },
        readingProgress: Number.isFinite(progress) ? (progress > 1 ? progress / 100 : progress) : 0,
        savedAt: fromDateText(row.get('saved date')),
      },
      { file: source.name, line: row.line },
    );
  }
}
