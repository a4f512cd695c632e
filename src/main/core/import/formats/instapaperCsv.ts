import { fromUnixTime } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { listCell } from '../read/listCell';
import { readCsv } from '../read/readCsv';
import type { ImportSource } from '../read/importSource';

export const INSTAPAPER_COLUMNS = ['url', 'title', 'selection', 'folder'];

/**
 * Instapaper's CSV, older (`URL,Title,Selection,Folder`) or newer (`…,Timestamp,Tags`, tags as a JSON array).
 * The folder is a state (Unread, Archive, Starred) or, for the user's own folders, a tag.
 */
export async function readInstapaperCsv(source: ImportSource, collector: ImportCollector): Promise<void> {
  for await (const row of readCsv(source)) {
    const folder = row.get('folder')?.trim() ?? '';
    const state = folder.toLowerCase();
    const ownFolder = !['', 'unread', 'archive', 'starred'].includes(state);
    collector.add(
      {
        url: row.get('url'),
        title: row.get('title'),
        excerpt: row.get('selection'),
        tags: [...(ownFolder ? [folder] : []), ...listCell(row.get('tags'))],
        state: { read: state === 'archive', archived: state === 'archive', starred: state === 'starred' },
        savedAt: fromUnixTime(row.get('timestamp')),
      },
      { file: source.name, line: row.line },
    );
  }
}
