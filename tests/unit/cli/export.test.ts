import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedExportLibrary } from '../main/core/export/exportLibrarySample';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();
const libraryDir = () => join(tempDir(), 'library');
beforeEach(() => seedExportLibrary(libraryDir()));

const exportTo = (out: string, ...args: string[]) => runCommand(['export', out, ...args, '--library', libraryDir()], { cwd: tempDir() });

describe('news-archive export', () => {
  it('writes the format asked for, relative to the working folder, and says what it wrote', async () => {
    expect(await exportTo('vault', '--format', 'markdown', '--tag', 'ukraine')).toEqual({ code: 0, stdout: `Exported 1 article and 1 image to ${join(tempDir(), 'vault')}\n`, stderr: '' });
    expect(await exportTo('links.html', '--format', 'bookmarks')).toMatchObject({ code: 0, stdout: `Exported 2 links to ${join(tempDir(), 'links.html')}\n` });
    expect(await readFile(join(tempDir(), 'links.html'), 'utf8')).toContain('<!DOCTYPE NETSCAPE-Bookmark-file-1>');
  });

  it('refuses to replace a file, with the reason, and leaves it as it was (exit 1)', async () => {
    await writeFile(join(tempDir(), 'mine.csv'), 'my own data');
    const run = await exportTo('mine.csv', '--format', 'csv');
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Nothing was exported: ${join(tempDir(), 'mine.csv')} already exists, and an export never replaces files. Choose a new name.\n` });
    expect(await readFile(join(tempDir(), 'mine.csv'), 'utf8')).toBe('my own data');
  });

  it('requires a known format (exit 2)', async () => {
    expect(await exportTo('out', '--format', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringContaining('markdown, html, csv, json, bookmarks, jsonld, backup') });
    expect(await exportTo('out')).toMatchObject({ code: 2, stderr: expect.stringContaining("required option '--format <format>' not specified") });
  });
});
