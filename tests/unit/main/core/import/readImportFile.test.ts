import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportBatch, ImportFormat, ImportItem } from '../../../../../src/main/core/import/importBatch';
import { readImportFile } from '../../../../../src/main/core/import/readImportFile';
import { writeTemp, writeZip } from './writeZip';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);

/** An item with the defaults of a link the export says little about. */
const item = (fields: Partial<ImportItem> & Pick<ImportItem, 'url' | 'origin'>): ImportItem => ({
  title: '',
  tags: [],
  state: { read: false, archived: false, starred: false },
  readingProgress: 0,
  savedAt: null,
  publishedAt: null,
  authors: [],
  excerpt: null,
  note: null,
  content: null,
  highlights: [],
  ...fields,
});

const ARCHIVED = { read: true, archived: true, starred: false };
const STARRED = { read: false, archived: false, starred: true };

/** The file read, checked to be recognised as `format`. */
async function readAs(format: ImportFormat, path: string): Promise<ImportBatch> {
  const batch = await readImportFile(path);
  expect(batch.format).toBe(format);
  return batch;
}

/** The fixture under a name that says nothing, so only its content can tell the format. */
async function misnamed(name: string, as = 'download.txt'): Promise<string> {
  return writeTemp(as, await readFile(fixture(name)));
}

describe('readImportFile reads each export by its content', () => {
  it('Pocket CSV: | tags, status, unix times, quoted titles over two lines, bad links and bad tags as problems', async () => {
    const batch = await readAs('pocket-csv', await misnamed('pocket/part_000000.csv', 'export.json'));
    const file = 'export.json';
    expect(batch.items).toEqual([
      item({ url: 'https://www.example.com/world/ceasefire', title: 'Ceasefire talks resume, sources say', tags: ['ukraine', 'politics'], savedAt: '2023-11-14T22:13:20.000Z', origin: { file, line: 2 } }),
      item({ url: 'https://news.example.org/markets', title: 'Markets rally', state: ARCHIVED, savedAt: '2023-11-14T23:13:20.000Z', origin: { file, line: 3 } }),
      item({ url: 'https://example.net/a', title: 'A "quoted" title\nover two lines', tags: ['a', 'B'], savedAt: '2023-11-15T00:13:20.000Z', origin: { file, line: 4 } }),
      item({ url: 'https://example.net/b', title: 'Tab in tag', tags: ['ok'], state: ARCHIVED, savedAt: '2023-11-15T02:13:20.000Z', origin: { file, line: 7 } }),
    ]);
    expect(batch.problems).toEqual([
      { file, line: 6, message: '"javascript:alert(1)" is not a web address; only http and https links can be imported.' },
      { file, line: 7, message: 'The tag "bad\ttag" was left out: A tag name cannot contain control characters (such as tabs or line breaks).' },
    ]);
  });

  it('Pocket CSV, older variant with a cursor column', async () => {
    const batch = await readImportFile(fixture('pocket-cursor.csv'));
    expect(batch.items.map(({ url, tags, state }) => ({ url, tags, archived: state.archived }))).toEqual([
      { url: 'https://example.com/old', tags: ['reading', 'later'], archived: true },
      { url: 'https://example.com/untitled', tags: [], archived: false },
    ]);
  });

  it('Pocket ZIP: part_*.csv files and annotations/*.json highlights', async () => {
    const zip = await writeZip('pocket.zip', {
      'part_000000.csv': await readFile(fixture('pocket/part_000000.csv')),
      'part_000001.csv': 'title,url,time_added,tags,status\nSecond part,https://example.com/second,1700100000,,unread\n',
      'annotations/part_000000.json': await readFile(fixture('pocket/annotations/part_000000.json')),
    });
    const batch = await readImportFile(zip);
    expect(batch).toMatchObject({ format: 'pocket-csv', source: 'pocket.zip' });
    expect(batch.items.map(({ url }) => url)).toEqual(['https://www.example.com/world/ceasefire', 'https://news.example.org/markets', 'https://example.net/a', 'https://example.net/b', 'https://example.com/second', 'https://example.org/only-highlighted']);
    expect(batch.items[0]!.highlights).toEqual([{ quote: 'Negotiators met for six hours.', note: null, createdAt: '2023-11-14T22:21:40.000Z' }]);
    expect(batch.items[5]).toEqual(item({ url: 'https://example.org/only-highlighted', title: 'Only in the annotations', highlights: [{ quote: 'A line worth keeping.', note: null, createdAt: '2023-11-14T22:23:20.000Z' }], origin: { file: 'annotations/part_000000.json', entry: 1 } }));
  });

  it('Pocket ril_export.html: sections give the state, anchors the time and tags', async () => {
    const batch = await readAs('pocket-html', await misnamed('ril_export.html'));
    const file = 'download.txt';
    expect(batch.items).toEqual([
      item({ url: 'https://example.com/one', title: 'Fish & chips economics', tags: ['news', 'long read'], savedAt: '2017-07-14T02:40:00.000Z', origin: { file, line: 11 } }),
      item({ url: 'https://example.com/two', title: 'Archived story', state: ARCHIVED, savedAt: '2017-07-14T02:43:20.000Z', origin: { file, line: 17 } }),
    ]);
    expect(batch.problems).toEqual([{ file, line: 12, message: '"mailto:someone@example.com" is not a web address; only http and https links can be imported.' }]);
  });

  it('Instapaper CSV, older: folders give the state, or a tag for the user\'s own', async () => {
    const batch = await readAs('instapaper', await misnamed('instapaper-old.csv', 'bookmarks.html'));
    const file = 'bookmarks.html';
    expect(batch.items).toEqual([
      item({ url: 'https://example.com/story', title: 'Old Instapaper story', origin: { file, line: 2 } }),
      item({ url: 'https://example.com/starred', title: 'Starred, with comma', excerpt: 'A selected sentence.', state: STARRED, origin: { file, line: 3 } }),
      item({ url: 'https://example.com/archived', title: 'Archived one', state: ARCHIVED, origin: { file, line: 4 } }),
      item({ url: 'https://example.com/mine', title: 'In my folder', tags: ['Research'], origin: { file, line: 5 } }),
    ]);
    expect(batch.problems).toEqual([{ file, line: 6, message: '"not a url" is not a web address; only http and https links can be imported.' }]);
  });

  it('Instapaper CSV, newer: timestamps and JSON tag arrays, one of each tag whatever its case', async () => {
    const batch = await readImportFile(fixture('instapaper.csv'));
    expect(batch.items.map(({ url, tags, savedAt, state }) => ({ url, tags, savedAt, archived: state.archived }))).toEqual([
      { url: 'https://example.com/new', tags: ['climate', 'energy'], savedAt: '2024-03-09T16:00:00.000Z', archived: false },
      { url: 'https://example.com/new-archived', tags: [], savedAt: '2024-03-09T16:01:40.000Z', archived: true },
      { url: 'https://example.com/folder', tags: ['Reading List', 'Energy'], savedAt: '2024-03-09T16:03:20.000Z', archived: false },
    ]);
  });

  it('Omnivore ZIP: metadata, content and highlights with notes; a broken entry is a problem', async () => {
    const files = ['metadata_0_to_2.json', 'content/the-long-read-18c2f1a.html', 'highlights/the-long-read-18c2f1a.md'];
    const zip = await writeZip('omnivore-export.zip', Object.fromEntries(await Promise.all(files.map(async (name) => [name, await readFile(fixture(`omnivore/${name}`))]))));
    const { items, problems } = await readAs('omnivore', zip);
    const file = 'metadata_0_to_2.json';
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual(
      item({
        url: 'https://example.com/long-read',
        title: 'The long read',
        excerpt: 'A story about something.',
        authors: ['Ada Writer'],
        tags: ['Science'],
        state: ARCHIVED,
        readingProgress: 1,
        savedAt: '2024-02-01T10:00:00.000Z',
        publishedAt: '2024-01-31T08:30:00.000Z',
        content: '<div class="page" id="readability-page-1"><p>First paragraph of the long read.</p><p>Second paragraph.</p></div>',
        highlights: [
          { quote: 'First paragraph of the long read.', note: 'My note on it.', createdAt: null },
          { quote: 'Second\nparagraph.', note: null, createdAt: null },
        ],
        origin: { file, entry: 0 },
      }),
    );
    expect(items[1]).toEqual(item({ url: 'https://example.org/link-only', title: 'Link only', readingProgress: 0.4, savedAt: '2024-02-03T10:00:00.000Z', origin: { file, entry: 1 } }));
    expect(problems.map(({ entry, message }) => ({ entry, message }))).toEqual([
      { entry: 0, message: 'The tag "to/" was left out: A tag name cannot start or end with "/".' },
      { entry: 2, message: expect.stringContaining('The entry is not an article as this export writes one (url:') },
    ]);
  });

  it('wallabag JSON: content, flags, dates with offsets, authors and annotations', async () => {
    const file = 'export.csv';
    const [carbon, starred, ...rest] = (await readAs('wallabag', await misnamed('wallabag.json', file))).items;
    expect(rest).toEqual([]);
    expect(starred).toEqual(item({ url: 'https://example.org/starred', title: 'Starred link', state: STARRED, savedAt: '2023-12-01T12:00:00.000Z', origin: { file, entry: 1 } }));
    expect(carbon).toEqual(
      item({
        url: 'https://example.com/carbon',
        title: 'Carbon prices explained',
        content: '<p>Carbon <b>prices</b> rose.</p>',
        tags: ['climate', 'policy'],
        state: ARCHIVED,
        savedAt: '2023-11-05T08:15:00.000Z',
        publishedAt: '2023-11-04T00:00:00.000Z',
        authors: ['Jane Doe'],
        highlights: [{ quote: 'Carbon prices rose.', note: 'Key figure', createdAt: '2023-11-05T09:00:00.000Z' }],
        origin: { file, entry: 0 },
      }),
    );
  });

  it('wallabag JSON: an entry of the wrong shape is a problem, not the end', async () => {
    const file = 'wallabag.json';
    expect((await readImportFile(fixture(file))).problems).toEqual([{ file, entry: 2, message: 'The entry is not an article as this export writes one (url: Invalid input: expected string, received number).' }]);
  });

  it('Raindrop CSV: folder and tags, note, excerpt, favourite, highlights', async () => {
    const batch = await readAs('raindrop', fixture('raindrop.csv'));
    const file = 'raindrop.csv';
    expect(batch.items).toEqual([
      item({
        url: 'https://example.com/deep',
        title: 'Deep dive',
        note: 'My own note',
        excerpt: 'An excerpt, with comma',
        tags: ['Reading/Science', 'physics', 'space'],
        state: STARRED,
        savedAt: '2024-03-01T10:00:00.000Z',
        highlights: [
          { quote: 'Stars are far.', note: 'Very far.', createdAt: null },
          { quote: 'Light is fast.', note: null, createdAt: null },
        ],
        origin: { file, line: 2 },
      }),
      item({ url: 'https://example.com/unsorted', title: 'Unsorted link', savedAt: '2024-03-02T10:00:00.000Z', origin: { file, line: 5 } }),
    ]);
    expect(batch.problems).toEqual([{ file, line: 6, message: 'The row has no address.' }]);
  });

  it('Readwise Reader CSV: Python-list tags, locations, progress, dates with microseconds', async () => {
    const batch = await readAs('readwise', fixture('readwise.csv'));
    const file = 'readwise.csv';
    expect(batch.items).toEqual([
      item({ url: 'https://example.com/reader', title: 'Reader article', tags: ['ai', "it's fine"], readingProgress: 0.5, savedAt: '2024-05-10T14:22:01.123Z', origin: { file, line: 2 } }),
      item({ url: 'https://example.com/reader-archived', title: 'Archived reader', state: ARCHIVED, readingProgress: 1, savedAt: '2024-05-11T09:00:00.000Z', origin: { file, line: 3 } }),
      item({ url: 'https://example.com/short', title: 'Shortlisted', state: STARRED, savedAt: '2024-05-12T09:00:00.000Z', origin: { file, line: 4 } }),
    ]);
  });

  it('Netscape bookmarks: nested folders as one tag, TAGS, DD notes, a link twice merged', async () => {
    const batch = await readAs('netscape', await misnamed('bookmarks.html', 'pocket.csv'));
    const file = 'pocket.csv';
    expect(batch.items).toEqual([
      item({ url: 'https://example.com/toolbar', title: 'On the toolbar', savedAt: '2023-07-22T04:30:00.000Z', origin: { file, line: 11 } }),
      item({ url: 'https://example.com/politics', title: 'Politics & power', tags: ['News', 'elections', 'Europe', 'follow-up'], note: 'Why this matters: the vote is close.', savedAt: '2023-07-22T04:33:20.000Z', origin: { file, line: 14 } }),
      item({ url: 'https://example.com/deep', title: 'Nested', tags: ['News/Deep'], origin: { file, line: 18 } }),
    ]);
    expect(batch.problems).toEqual([{ file, line: 22, message: '"place:sort=8&maxResults=10" is not a web address; only http and https links can be imported.' }]);
  });

  it('our own backup, by its manifest, without reading further', async () => {
    const zip = await writeZip('anything.zip', { 'manifest.json': JSON.stringify({ format: 'news-archive-backup', version: 1 }), 'records/a.json': '{}' });
    expect(await readImportFile(zip)).toEqual({ format: 'backup', source: 'anything.zip', items: [], problems: [] });
  });

  it('a named format is used as asked, and refused when the columns are not there', async () => {
    const path = await writeTemp('links.csv', 'URL,Title,Selection,Folder\nhttps://example.com/x,X,,Archive\n');
    expect((await readImportFile(path, { format: 'instapaper' })).items).toHaveLength(1);
    await expect(readImportFile(path, { format: 'pocket-csv' })).rejects.toThrow('links.csv, line 1: The file lacks the "time_added", "tags", "status" column(s) a pocket-csv export has.');
    await copyFile(fixture('wallabag.json'), path);
    await expect(readImportFile(path, { format: 'omnivore' })).rejects.toThrow('links.csv: The file is not a ZIP, as an omnivore export is.');
  });
});
