import type { ImportFormat } from './importBatch';
import { INSTAPAPER_COLUMNS } from './formats/instapaperCsv';
import { POCKET_COLUMNS } from './formats/pocketCsv';
import { RAINDROP_COLUMNS } from './formats/raindropCsv';
import { READWISE_COLUMNS } from './formats/readwiseCsv';
import { looksLikeWallabag } from './formats/wallabagJson';
import { csvHeader } from './read/readCsv';

/** The formats one file can hold on its own (Omnivore and our backup are ZIPs). */
export type FileFormat = Exclude<ImportFormat, 'omnivore' | 'backup'>;

/** The columns each CSV export has, checked by name: most specific first, since Pocket's and Readwise's share some. */
export const CSV_COLUMNS = [
  ['pocket-csv', POCKET_COLUMNS],
  ['readwise', READWISE_COLUMNS],
  ['raindrop', RAINDROP_COLUMNS],
  ['instapaper', INSTAPAPER_COLUMNS],
] as const satisfies readonly (readonly [FileFormat, readonly string[]])[];

/** What a file holds, from its first bytes alone (never its name); null when it is no export we know. */
export function detectFileFormat(head: string): FileFormat | null {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    if (/^<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(start)) return 'netscape';
    if (/<title>\s*Pocket Export\s*<\/title>/i.test(start) || (/<h1>\s*(?:Unread|Read Archive)\s*<\/h1>/i.test(start) && /\stime_added=/i.test(start))) return 'pocket-html';
    return null;
  }
  if (start.startsWith('[') || start.startsWith('{')) return looksLikeWallabag(start) ? 'wallabag' : null;
  const header = csvHeader(start);
  return CSV_COLUMNS.find(([, columns]) => columns.every((column) => header.includes(column)))?.[0] ?? null;
}

/** The CSV columns a format needs that the header lacks; empty for other formats or a complete header. */
export function missingColumns(format: FileFormat, head: string): string[] {
  const columns = CSV_COLUMNS.find(([name]) => name === format)?.[1] ?? [];
  const header = csvHeader(head);
  return columns.filter((column) => !header.includes(column));
}
