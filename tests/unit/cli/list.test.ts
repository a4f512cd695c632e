import { describe, expect, it } from 'vitest';
import { makeArticle, seedLibrary } from '../main/core/support/fixtures';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();

describe('news-archive list', () => {
  it('prints one line per article, newest first: id, day saved, site, title', async () => {
    await seedLibrary(tempDir(), [makeArticle(1), makeArticle(2, { siteName: null }), makeArticle(3, { trashedAt: '2025-04-01T00:00:00.000Z' })]);
    const run = await runCommand(['list', '--library', tempDir()]);
    expect(run).toEqual({
      code: 0,
      stdout: [
        '00000000-0000-4000-8000-000000000002  2025-03-03  -  Story number 2',
        '00000000-0000-4000-8000-000000000001  2025-03-02  Other Daily  Story number 1',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('takes the library from NEWS_ARCHIVE_LIBRARY, relative to the working folder', async () => {
    await seedLibrary(`${tempDir()}/lib`, 1);
    const run = await runCommand(['list'], { env: { NEWS_ARCHIVE_LIBRARY: 'lib' }, cwd: tempDir() });
    expect(run.stdout).toContain('Story number 1');
  });

  it('filters by view, limits, and prints JSON records', async () => {
    await seedLibrary(tempDir(), [makeArticle(1, { starred: true }), makeArticle(2, { starred: true }), makeArticle(3)]);
    const run = await runCommand(['list', '--library', tempDir(), '--view', 'starred', '--limit', '1', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([makeArticle(2, { starred: true })]);
  });

  it('prints nothing for an empty library', async () => {
    expect(await runCommand(['list', '--library', tempDir(), '--json'])).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(await runCommand(['list', '--library', tempDir()])).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses a bad view or limit as a usage error (exit code 2)', async () => {
    const badView = await runCommand(['list', '--library', tempDir(), '--view', 'later']);
    expect(badView.code).toBe(2);
    expect(badView.stderr).toContain("argument 'later' is invalid");
    const badLimit = await runCommand(['list', '--library', tempDir(), '--limit', '0']);
    expect(badLimit).toMatchObject({ code: 2, stderr: expect.stringContaining('Give a whole number of at least 1.') });
  });
});

describe('the library a command opens', () => {
  it('is --library first, then NEWS_ARCHIVE_LIBRARY, then the desktop app default', async () => {
    await seedLibrary(`${tempDir()}/flag`, [makeArticle(1)]);
    await seedLibrary(`${tempDir()}/env`, [makeArticle(2)]);
    await seedLibrary(`${tempDir()}/default`, [makeArticle(3)]);
    const services = { defaultLibraryDir: () => `${tempDir()}/default` };
    const env = { NEWS_ARCHIVE_LIBRARY: `${tempDir()}/env` };
    expect((await runCommand(['list', '--library', `${tempDir()}/flag`], { env, services })).stdout).toContain('Story number 1');
    expect((await runCommand(['list'], { env, services })).stdout).toContain('Story number 2');
    expect((await runCommand(['list'], { env: { NEWS_ARCHIVE_LIBRARY: '' }, services })).stdout).toContain('Story number 3');
  });
});
