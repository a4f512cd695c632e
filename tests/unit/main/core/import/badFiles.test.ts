import { stat, truncate } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../../src/main/core/import/importLimits';
import { readImportFile } from '../../../../../src/main/core/import/readImportFile';
import { patchZip, writeTemp, writeZip } from './writeZip';

const invalid = (message: string | RegExp) => expect.objectContaining({ code: 'invalid-import', message: expect.stringMatching(message) });

describe('readImportFile refuses bad files whole, naming file and line', () => {
  it('a file that is no export we know', async () => {
    const path = await writeTemp('pocket.csv', 'name,address\nSomething,https://example.com\n');
    await expect(readImportFile(path)).rejects.toEqual(invalid(/^pocket\.csv, line 1: This file is not an export we know: it starts with "name,address"\./));
  });

  it('a CSV with broken quoting, at the line it breaks', async () => {
    const path = await writeTemp('part_000000.csv', 'title,url,time_added,tags,status\nFine,https://example.com/a,1,,unread\nBroken "quote",https://example.com/b,2,,unread\n"Open,https://example.com/c,3,,unread\n');
    await expect(readImportFile(path)).rejects.toEqual(invalid(/^part_000000\.csv, line 3: The CSV is damaged: Invalid Opening Quote/));
  });

  it('JSON that does not parse, at its line', async () => {
    const path = await writeTemp('wallabag.json', '[\n  {"is_archived": 0, "url": "https://example.com/a"},\n  {"is_archived": 0, "url": }\n]');
    await expect(readImportFile(path, { format: 'wallabag' })).rejects.toEqual(invalid(/^wallabag\.json, line 3: The JSON is damaged: Unexpected token/));
  });

  it('JSON of an unexpected shape', async () => {
    const path = await writeTemp('wallabag.json', '{"is_archived": 0, "url": "https://example.com/a", "entries": []}');
    await expect(readImportFile(path, { format: 'wallabag' })).rejects.toEqual(invalid('wallabag.json: The JSON is not a list of articles, as this export should be.'));
  });

  it.each(['__proto__', 'constructor', 'prototype'])('JSON with a "%s" key, which never reaches an object', async (key) => {
    const path = await writeTemp('wallabag.json', `[\n  {"is_archived": 1, "url": "https://example.com/a",\n   "tags": [], "${key}": {"polluted": true}}\n]`);
    await expect(readImportFile(path)).rejects.toEqual(invalid(`wallabag.json, line 3: The file holds a "${key}" key, which no export has; it was refused.`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a truncated ZIP', async () => {
    const path = await writeZip('omnivore.zip', { 'metadata_0_to_1.json': '[]', 'content/a.html': 'x'.repeat(5000) });
    await truncate(path, (await stat(path)).size - 30);
    await expect(readImportFile(path)).rejects.toEqual(invalid(/^omnivore\.zip: The ZIP file is damaged or incomplete \(/));
  });

  it('a ZIP entry whose path climbs out with ".." or is absolute', async () => {
    const climbing = await patchZip(await writeZip('export.zip', { 'xx/evil.csv': 'title,url,time_added,tags,status\n' }), (bytes) => replaceAll(bytes, 'xx/evil', '../evil'));
    await expect(readImportFile(climbing)).rejects.toEqual(invalid('export.zip: The entry "../evil.csv" climbs out of the archive with ".."; the ZIP was refused.'));
    const absolute = await patchZip(await writeZip('export.zip', { 'xetc/passwd': 'x' }), (bytes) => replaceAll(bytes, 'xetc', '/etc'));
    await expect(readImportFile(absolute)).rejects.toEqual(invalid('export.zip: The entry "/etc/passwd" is an absolute path; the ZIP was refused.'));
  });

  it('a ZIP bomb: a small entry that inflates a thousandfold', async () => {
    const path = await writeZip('bomb.zip', { 'part_000000.csv': Buffer.alloc(64 * 1024 * 1024, 'a') });
    expect((await stat(path)).size).toBeLessThan(1024 * 1024);
    await expect(readImportFile(path)).rejects.toEqual(invalid(/^bomb\.zip\/part_000000\.csv: The file inflates \d+ times its packed size; this looks like a ZIP bomb\./));
  });

  it('a ZIP bomb of many entries, past the total cap', async () => {
    const entries = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`part_${index}.csv`, Buffer.alloc(3 * 1024 * 1024, 'a')]));
    const limits = { ...DEFAULT_IMPORT_LIMITS, totalBytes: 10 * 1024 * 1024, compressionRatio: 100_000 };
    await expect(readImportFile(await writeZip('many.zip', entries), { limits })).rejects.toEqual(invalid('many.zip: The ZIP inflates to more than 10 MB; this looks like a ZIP bomb.'));
  });

  it('a ZIP whose headers lie about an entry\'s size is stopped while inflating', async () => {
    const size = 8 * 1024 * 1024;
    const path = await writeZip('liar.zip', { 'part_000000.csv': Buffer.alloc(size, 'a') });
    // Declare 1,000 bytes in both the local header and the central directory: no cap is passed on paper.
    await patchZip(path, (bytes) => {
      for (const [signature, offset] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
        const at = findSignature(bytes, signature);
        expect(bytes.readUInt32LE(at + offset)).toBe(size);
        bytes.writeUInt32LE(1000, at + offset);
      }
    });
    await expect(readImportFile(path)).rejects.toEqual(invalid(/^liar\.zip\/part_000000\.csv: The file does not hold the size its ZIP header declares \(too many bytes/));
  });

  it('an entry that inflates past the per-file cap even when the headers agree', async () => {
    const path = await writeZip('big.zip', { 'part_000000.csv': Buffer.alloc(3 * 1024 * 1024, 'a') });
    const limits = { ...DEFAULT_IMPORT_LIMITS, fileBytes: 2 * 1024 * 1024, compressionRatio: 100_000 };
    await expect(readImportFile(path, { limits })).rejects.toEqual(invalid('big.zip/part_000000.csv: The file is larger than 2 MB once inflated.'));
  });

  it('a single file larger than any export, before reading it', async () => {
    const path = await writeTemp('huge.csv', 'x'.repeat(2 * 1024 * 1024));
    await expect(readImportFile(path, { limits: { ...DEFAULT_IMPORT_LIMITS, fileBytes: 1024 * 1024 } })).rejects.toEqual(invalid('huge.csv: The file is larger than 1 MB, more than any export we know.'));
  });

  it('a file that is not there', async () => {
    await expect(readImportFile('/nonexistent/export.csv')).rejects.toEqual(expect.objectContaining({ code: 'unreadable-file', message: 'Could not open export.csv: there is no such file.' }));
  });
});

function replaceAll(bytes: Buffer, from: string, to: string): void {
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) bytes.write(to, at, 'latin1');
}

function findSignature(bytes: Buffer, signature: number): number {
  const pattern = Buffer.alloc(4);
  pattern.writeUInt32LE(signature);
  return bytes.indexOf(pattern);
}

