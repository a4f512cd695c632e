import { describe, expect, it } from 'vitest';
import { fromDateText, fromUnixTime } from '../../../../../src/main/core/import/importDates';
import { htmlTokens } from '../../../../../src/main/core/import/read/htmlTokens';
import { listCell } from '../../../../../src/main/core/import/read/listCell';
import { unsafeEntryName } from '../../../../../src/main/core/import/zip/entryName';
import { detectFileFormat } from '../../../../../src/main/core/import/detectFormat';

describe('import pieces', () => {
  it('reads dates as ISO with offset, taking zoneless ones as UTC', () => {
    expect(fromUnixTime('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(fromUnixTime('1700000000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(fromUnixTime('yesterday')).toBeNull();
    expect(fromDateText('2024-05-10 14:22:01+02:00')).toBe('2024-05-10T12:22:01.000Z');
    expect(fromDateText('2024-05-10 14:22:01')).toBe('2024-05-10T14:22:01.000Z');
    expect(fromDateText('not a date')).toBeNull();
  });

  it('splits tag cells of every shape', () => {
    expect(listCell('["a","b \\"c\\""]')).toEqual(['a', 'b "c"']);
    expect(listCell("['x', \"it's\"]")).toEqual(['x', "it's"]);
    expect(listCell('a, b')).toEqual(['a', ' b']);
    expect(listCell('a|b', '|')).toEqual(['a', 'b']);
  });

  it('refuses unsafe entry names and accepts nested ones', () => {
    expect(unsafeEntryName('content/a.html')).toBeUndefined();
    expect(unsafeEntryName('a/../../b')).toBe('climbs out of the archive with ".."');
    expect(unsafeEntryName('C:/Windows/x')).toBe('is an absolute path');
    expect(unsafeEntryName('a\\b')).toBe('uses backslashes');
  });

  it('scans tag soup with lines and decoded attributes', () => {
    const tokens = [...htmlTokens('<DT>\n<A HREF="https://x.test/?a=1&amp;b=2" TAGS=one>T &#233;</A>')];
    expect(tokens).toEqual([
      { kind: 'open', name: 'dt', attributes: new Map(), line: 1 },
      { kind: 'text', text: '\n', line: 1 },
      { kind: 'open', name: 'a', attributes: new Map([['href', 'https://x.test/?a=1&b=2'], ['tags', 'one']]), line: 2 },
      { kind: 'text', text: 'T é', line: 2 },
      { kind: 'close', name: 'a', line: 2 },
    ]);
  });

  it('recognises formats by content alone', () => {
    expect(detectFileFormat('\uFEFFURL,Title,Selection,Folder,Timestamp,Tags\n')).toBe('instapaper');
    expect(detectFileFormat('title,url,time_added,cursor,tags,status\n')).toBe('pocket-csv');
    expect(detectFileFormat('id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n')).toBe('raindrop');
    expect(detectFileFormat('Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n')).toBe('readwise');
    expect(detectFileFormat('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL>')).toBe('netscape');
    expect(detectFileFormat('[{"url": "https://x.test", "id": 1}]')).toBeNull();
    expect(detectFileFormat('url,title\n')).toBeNull();
  });
});
