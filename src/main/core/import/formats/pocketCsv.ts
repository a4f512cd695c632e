import { fromUnixTime } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { readCsv } from '../read/readCsv';
import type { ImportSource } from '../read/importSource';

export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'];

/** Pocket's CSV (with or without the older `cursor` column): tags split by `|`, status `unread` or `archive`. */
export async function readPocketCsv(source: ImportSource, collector: ImportCollector): Promise<void> {
  for await (const row of readCsv(source)) {
    const archived = row.get('status')?.trim().toLowerCase() === 'archive';
    collector.add(
      {
        url: row.get('url'),
        title: row.get('title'),
        tags: (row.get('tags') ?? '').split('|'),
        state: { read: archived, archived },
        savedAt: fromUnixTime(row.get('time_added')),
      },
      { file: source.name, line: row.line },
    );
  }
}
