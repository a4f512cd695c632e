import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle, seedLibrary, withLibrary } from '../main/core/support/fixtures';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();

describe('news-archive backup and restore', () => {
  it('backs a library up into a ZIP and restores it into a new folder that opens with the same articles', async () => {
    const articles = await seedLibrary(join(tempDir(), 'library'), 3);
    const backup = await runCommand(['backup', 'archive.zip', '--library', 'library'], { cwd: tempDir() });
    expect(backup).toEqual({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^Backed up \\d+ files \\(\\d+(\\.\\d)? (bytes|kB)\\) of the library at ${join(tempDir(), 'library')} to ${join(tempDir(), 'archive.zip')}\\.\\n$`)),
      stderr: '',
    });

    const restore = await runCommand(['restore', 'archive.zip', '--library', 'restored'], { cwd: tempDir() });
    expect(restore).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining(`into ${join(tempDir(), 'restored')}.\nOpen it with --library`) });
    await withLibrary({ dir: join(tempDir(), 'restored') }, async (library) => {
      expect([...library.articles.all()].map((article) => article.id).sort()).toEqual(articles.map((article) => article.id).sort());
      expect(library.articles.text(makeArticle(2).id)).toBe('Story number 2');
    });
  });

  it('refuses to restore over a folder that holds files, with exit code 1, and needs --library', async () => {
    await seedLibrary(join(tempDir(), 'library'), 1);
    await runCommand(['backup', 'archive.zip', '--library', 'library'], { cwd: tempDir() });
    await mkdir(join(tempDir(), 'taken'));
    await writeFile(join(tempDir(), 'taken', 'keep.txt'), 'mine');
    expect(await runCommand(['restore', 'archive.zip', '--library', 'taken'], { cwd: tempDir() })).toEqual({
      code: 1,
      stdout: '',
      stderr: `${join(tempDir(), 'taken')} is not empty. Restore into a new or empty folder, so no library is replaced by mistake.\n`,
    });
    expect(await readdir(join(tempDir(), 'taken'))).toEqual(['keep.txt']);
    expect(await runCommand(['restore', 'archive.zip'], { cwd: tempDir() })).toMatchObject({ code: 2, stderr: expect.stringContaining("'--library <dir>' not specified") });
  });

  it('says which file of a damaged backup is at fault', async () => {
    await writeFile(join(tempDir(), 'broken.zip'), 'PK not really');
    expect(await runCommand(['restore', 'broken.zip', '--library', 'restored'], { cwd: tempDir() })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^broken\.zip cannot be restored: it is not a readable ZIP file/),
    });
  });
});
