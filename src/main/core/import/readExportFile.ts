import type { ImportCollector } from './importCollector';
import { detectFileFormat, missingColumns, type FileFormat } from './detectFormat';
import { importError } from './importError';
import { readInstapaperCsv } from './formats/instapaperCsv';
import { readNetscapeBookmarks } from './formats/netscapeBookmarks';
import { readPocketCsv } from './formats/pocketCsv';
import { readPocketHtml } from './formats/pocketHtml';
import { readRaindropCsv } from './formats/raindropCsv';
import { readReadwiseCsv } from './formats/readwiseCsv';
import { readWallabagJson } from './formats/wallabagJson';
import { decodeText, type ImportSource } from './read/importSource';

const READERS: Record<FileFormat, (source: ImportSource, collector: ImportCollector) => Promise<void>> = {
  'pocket-csv': readPocketCsv,
  'pocket-html': readPocketHtml,
  instapaper: readInstapaperCsv,
  wallabag: readWallabagJson,
  raindrop: readRaindropCsv,
  readwise: readReadwiseCsv,
  netscape: readNetscapeBookmarks,
};

export const FILE_FORMATS = Object.keys(READERS) as FileFormat[];

const KNOWN = 'Pocket (CSV or HTML), Instapaper, Omnivore, wallabag, Raindrop, Readwise Reader, browser bookmarks or a News Archive backup';

/** The format one file holds: the one asked for, checked, or the one its content shows. */
export async function fileFormat(source: ImportSource, asked?: FileFormat): Promise<FileFormat> {
  const head = decodeText(await source.head());
  if (asked) {
    const missing = missingColumns(asked, head);
    if (missing.length > 0) throw importError({ file: source.name, line: 1 }, `The file lacks the ${missing.map((name) => `"${name}"`).join(', ')} column(s) a ${asked} export has.`);
    return asked;
  }
  const format = detectFileFormat(head);
  if (!format) throw importError({ file: source.name, line: 1 }, `This file is not an export we know: it starts with "${firstLine(head)}". We read ${KNOWN}.`);
  return format;
}

export const readExportFile = (format: FileFormat, source: ImportSource, collector: ImportCollector): Promise<void> => READERS[format](source, collector);

export const notAnExport = (file: string): Error => importError({ file }, `This file is not an export we know. We read ${KNOWN}.`);

const firstLine = (head: string): string => {
  // eslint-disable-next-line no-control-regex -- binary files show control characters; they would garble the message
  const line = (head.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? '').replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '·');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};
