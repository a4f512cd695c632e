import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../../src/main/core/library/openLibrary';
import { copyLibrary } from '../../../../../../src/main/core/library/move/copyLibrary';
import { listLibraryFiles } from '../../../../../../src/main/core/library/move/libraryFiles';
import { makeTempDir, seedLibrary, withLibrary } from '../../support/fixtures';

let root: string;
let source: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  source = join(root, 'Library');
  await seedLibrary(source, 12);
});
afterEach(() => cleanup());

const refusal = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: { code?: string; message: string }) => `${error.code}: ${error.message}`);

describe('copyLibrary', () => {
  it('copies every file but the lock, and the copy opens with the same articles', async () => {
    const before = await listLibraryFiles(source);
    const target = join(root, 'elsewhere', 'Moved');
    await copyLibrary({ from: source, to: target });

    expect(await listLibraryFiles(target)).toEqual(before);
    expect(await listLibraryFiles(source)).toEqual(before);
    expect(await readdir(root)).toEqual(['Library', 'elsewhere']); // no staging folder left
    await withLibrary({ dir: target }, async (library) => expect(library.articles.count()).toBe(12));
  });

  it('moves into an existing empty folder', async () => {
    const target = join(root, 'Empty');
    await mkdir(target);
    await copyLibrary({ from: source, to: target });
    expect((await listLibraryFiles(target)).length).toBe((await listLibraryFiles(source)).length);
  });

  it('refuses a folder that holds files, the library itself, a folder inside it and one containing it', async () => {
    const full = join(root, 'Full');
    await mkdir(full);
    await writeFile(join(full, 'notes.txt'), 'mine');
    expect(await refusal(copyLibrary({ from: source, to: full }))).toMatch(/^invalid-destination: .*is not empty/);
    expect(await readFile(join(full, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await refusal(copyLibrary({ from: source, to: source }))).toMatch(/^invalid-destination: .*into itself/);
    expect(await refusal(copyLibrary({ from: source, to: join(source, 'content', 'x') }))).toMatch(/into itself/);
    expect(await refusal(copyLibrary({ from: join(root, 'Library'), to: root }))).toMatch(/contains it/);
  });

  it('refuses while another program holds the library', async () => {
    const library = await openLibrary({ dir: source, appName: 'the CLI' });
    try {
      expect(await refusal(copyLibrary({ from: source, to: join(root, 'Moved') }))).toMatch(/^library-locked: .*the CLI/);
    } finally {
      await library.close();
    }
    expect(await readdir(root)).toEqual(['Library']);
  });

  it('leaves the original untouched and nothing at the destination when the copy fails midway', async () => {
    const before = await listLibraryFiles(source);
    const failHalfway = async (from: string, to: string) => {
      await cp(join(from, 'records'), join(to, 'records'), { recursive: true });
      throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    };
    const target = join(root, 'Moved');
    expect(await refusal(copyLibrary({ from: source, to: target, copyTree: failHalfway }))).toMatch(/^move-failed: .*ENOSPC.*stays where it is/);
    expect(await listLibraryFiles(source)).toEqual(before);
    expect(await readdir(root)).toEqual(['Library']);
  });

  it('refuses a copy that does not match the original, file by file', async () => {
    const damaging = async (from: string, to: string) => {
      await cp(from, to, { recursive: true, filter: (path) => !path.endsWith('library.lock') });
      await writeFile(join(to, 'library.json'), '{}');
    };
    expect(await refusal(copyLibrary({ from: source, to: join(root, 'Moved'), copyTree: damaging }))).toMatch(
      /^move-failed: .*library\.json differs from the original/,
    );
    expect(await readdir(root)).toEqual(['Library']);
  });
});
