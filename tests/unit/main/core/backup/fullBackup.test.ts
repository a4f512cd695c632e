import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupManifestSchema } from '../../../../../src/main/core/backup/backupManifest';
import { restoreFullBackup } from '../../../../../src/main/core/backup/restoreFullBackup';
import { writeFullBackup } from '../../../../../src/main/core/backup/writeFullBackup';
import { makeArticle } from '../../../../support/makeArticle';
import { makeTempDir, withLibrary } from '../support/fixtures';
import { fillLibrary, readZip, treeOf } from './backupFixtures';

let dir = '';
let cleanup = async () => {};
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const clock = () => new Date('2025-03-18T10:00:00.000Z');

describe('writeFullBackup and restoreFullBackup', () => {
  it('round-trips a library: every record and file identical, and the restored library opens with its data', async () => {
    const original = join(dir, 'original');
    const zip = join(dir, 'out', 'library.zip');
    await mkdir(join(dir, 'out'));
    const summary = await withLibrary({ dir: original }, async (library) => {
      await fillLibrary(library, 5);
      return writeFullBackup(library, zip, { appVersion: '1.2.3', clock });
    });

    const tree = await treeOf(original);
    // Records, content, raw captures and images are all there; derived data is not.
    expect(Object.keys(tree)).toEqual(expect.arrayContaining(['library.json', 'records/settings.json', 'records/tags.json', 'records/savedSearches.json']));
    expect(Object.keys(tree).filter((rel) => rel.includes('/images/'))).toHaveLength(5);
    expect(Object.keys(tree).filter((rel) => rel.endsWith('raw.html.gz'))).toHaveLength(5);
    const entries = await readZip(zip);
    expect([...entries.keys()].some((name) => /^(index|backups|damaged)\/|^library\.lock$/.test(name))).toBe(false);
    const manifest = BackupManifestSchema.parse(JSON.parse(entries.get('manifest.json')!.toString('utf8')));
    expect(manifest).toMatchObject({ format: 'news-archive-backup', formatVersion: 1, createdAt: clock().toISOString(), appVersion: '1.2.3', schemaVersion: 2 });
    expect(manifest.files.map((file) => file.path).sort()).toEqual(Object.keys(tree));
    expect(summary.files).toBe(manifest.files.length);

    const restored = join(dir, 'restored');
    expect(await restoreFullBackup(zip, restored)).toMatchObject({ files: summary.files, bytes: summary.bytes, createdAt: clock().toISOString() });
    expect(await treeOf(restored)).toEqual(tree);
    await withLibrary({ dir: restored }, async (library) => {
      const first = makeArticle(1).id;
      expect(library.articles.count()).toBe(5);
      expect(library.articles.get(first)?.tags).toEqual(['ukraine/ceasefire']);
      expect(library.annotations.forArticle(first).highlights).toHaveLength(1);
      expect(library.annotations.forArticle(first).note?.text).toBe('Follow up with the mayor.');
      expect(library.settings.get()).toMatchObject({ theme: 'dark', backupsKept: 7 });
      expect(library.search.saved().map((saved) => saved.name)).toEqual(['Rivers']);
      expect((await library.articles.content(first)).html).toContain('The river rose 1 metres.');
    });
  });

  it('restores into an empty folder, and refuses a folder that holds anything, writing nothing', async () => {
    const zip = join(dir, 'library.zip');
    await withLibrary({ dir: join(dir, 'original') }, async (library) => {
      await fillLibrary(library, 1);
      await writeFullBackup(library, zip, { appVersion: '1.2.3' });
    });
    const occupied = join(dir, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'notes.txt'), 'mine');
    await expect(restoreFullBackup(zip, occupied)).rejects.toThrow(/is not empty\. Restore into a new or empty folder/);
    expect(await readdir(occupied)).toEqual(['notes.txt']);
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));

    const empty = join(dir, 'empty');
    await mkdir(empty);
    await restoreFullBackup(zip, empty);
    expect(await readdir(empty)).toEqual(expect.arrayContaining(['library.json', 'records', 'content']));
  });

  it('leaves out a backup written inside the library itself, and overwrites an older one atomically', async () => {
    const original = join(dir, 'original');
    await withLibrary({ dir: original }, async (library) => {
      await fillLibrary(library, 1);
      await writeFullBackup(library, join(original, 'mine.zip'), { appVersion: '1.2.3' });
      await writeFullBackup(library, join(original, 'mine.zip'), { appVersion: '1.2.3' });
    });
    const names = [...(await readZip(join(original, 'mine.zip'))).keys()];
    expect(names).not.toContain('mine.zip');
    expect((await readdir(original)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names the folder when the backup cannot be written', async () => {
    await withLibrary({ dir: join(dir, 'original') }, async (library) => {
      await expect(writeFullBackup(library, join(dir, 'missing', 'out.zip'), { appVersion: '1.2.3' })).rejects.toMatchObject({
        code: 'storage-failure',
        message: expect.stringContaining(`${join(dir, 'missing', 'out.zip')} (ENOENT)`),
      });
    });
  });

  it('refuses a file that is not there, or not a backup at all', async () => {
    await expect(restoreFullBackup(join(dir, 'gone.zip'), join(dir, 'restored'))).rejects.toMatchObject({ code: 'not-found', message: `There is no file ${join(dir, 'gone.zip')}.` });
    await writeFile(join(dir, 'notes.zip'), 'not a zip');
    await expect(restoreFullBackup(join(dir, 'notes.zip'), join(dir, 'restored'))).rejects.toThrow(/notes\.zip cannot be restored: it is not a readable ZIP file/);
    await expect(readFile(join(dir, 'restored'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
