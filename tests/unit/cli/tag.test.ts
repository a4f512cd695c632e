import { describe, expect, it } from 'vitest';
import { makeArticle, seedLibrary } from '../main/core/support/fixtures';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();
const [first, second] = [makeArticle(1, { tags: ['Ukraine'] }), makeArticle(2, { tags: ['draft'] })];

describe('news-archive tag', () => {
  it('adds and removes tags on several articles, one line each, keeping a known spelling', async () => {
    await seedLibrary(tempDir(), [first, second]);
    const run = await runCommand(['tag', first.id, second.id, '--add', 'ukraine/ceasefire', '--add', 'UKRAINE', '--remove', 'draft', '--library', tempDir()]);
    expect(run).toEqual({
      code: 0,
      stdout: `${first.id}  Ukraine, ukraine/ceasefire\n${second.id}  ukraine/ceasefire, Ukraine\n`,
      stderr: '',
    });
  });

  it('prints JSON records with --json', async () => {
    await seedLibrary(tempDir(), [first]);
    const run = await runCommand(['tag', first.id, '--add', 'europe', '--json', '--library', tempDir()]);
    expect(JSON.parse(run.stdout)).toEqual([{ id: first.id, tags: ['Ukraine', 'europe'] }]);
  });

  it('refuses an invalid name, an unknown article, and a call that changes nothing', async () => {
    await seedLibrary(tempDir(), [first]);
    expect(await runCommand(['tag', first.id, '--add', 'a//b', '--library', tempDir()])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"a//b" cannot be a tag name.'),
    });
    expect(await runCommand(['tag', second.id, '--add', 'x', '--library', tempDir()])).toMatchObject({ code: 1, stderr: expect.stringContaining(`No article with the id ${second.id}`) });
    expect(await runCommand(['tag', 'nope', '--add', 'x', '--library', tempDir()])).toMatchObject({ code: 2, stderr: expect.stringContaining('"nope" is not an article id') });
    expect(await runCommand(['tag', first.id, '--library', tempDir()])).toMatchObject({ code: 2, stderr: expect.stringContaining('--add or --remove') });
  });
});

describe('news-archive tags', () => {
  it('prints the tree indented, with the articles of each branch outside the Trash', async () => {
    await seedLibrary(tempDir(), [
      makeArticle(1, { tags: ['ukraine', 'ukraine/ceasefire'] }),
      makeArticle(2, { tags: ['ukraine/ceasefire', 'russia'] }),
      makeArticle(3, { tags: ['russia'], trashedAt: '2025-03-20T00:00:00.000Z' }),
    ]);
    expect((await runCommand(['tags', '--library', tempDir()])).stdout).toBe('russia  1\nukraine  2\n  ceasefire  2\n');
    const tree = JSON.parse((await runCommand(['tags', '--json', '--library', tempDir()])).stdout);
    expect(tree[1]).toEqual({ name: 'ukraine', color: null, count: 1, total: 2, children: [{ name: 'ukraine/ceasefire', color: null, count: 2, total: 2, children: [] }] });
  });
});

describe('news-archive list --tag', () => {
  it('lists articles with any of the tags (a parent including its children), or all of them', async () => {
    await seedLibrary(tempDir(), [makeArticle(1, { tags: ['ukraine/ceasefire'] }), makeArticle(2, { tags: ['russia', 'Ukraine'] }), makeArticle(3)]);
    const listed = async (...args: string[]) =>
      (await runCommand(['list', '--library', tempDir(), ...args])).stdout.split('\n').filter(Boolean).map((line) => Number(line.slice(24, 36)));
    expect(await listed('--tag', 'ukraine')).toEqual([2, 1]);
    expect(await listed('--tag', 'russia', '--tag', 'ukraine/ceasefire')).toEqual([2, 1]);
    expect(await listed('--tag', 'russia', '--tag', 'ukraine', '--all-tags')).toEqual([2]);
  });
});
