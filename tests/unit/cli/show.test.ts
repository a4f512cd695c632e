import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle, seedLibrary } from '../main/core/support/fixtures';
import { openLibrary } from '../../../src/main/core/library/openLibrary';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();

const article = makeArticle(7, { title: 'Rivers rise', authors: ['Ada Reporter', 'Bo Writer'], siteName: 'Example News', publishedAt: '2025-03-18T08:00:00.000Z' });
const html = '<h2>Morning</h2><p>The water came <em>fast</em>.</p><ul><li>one</li><li>two</li></ul>';
const text = 'Morning\n\nThe water came fast.\n\none\ntwo';

async function seed(): Promise<void> {
  const library = await openLibrary({ dir: tempDir() });
  await library.articles.add(article, { html, text });
  await library.close();
}

const show = (...args: string[]) => runCommand(['show', article.id, '--library', tempDir(), ...args]);

describe('news-archive show', () => {
  beforeEach(seed);

  it('prints title, byline, a blank line and the body text by default', async () => {
    expect(await show()).toEqual({
      code: 0,
      stdout: 'Rivers rise\nAda Reporter, Bo Writer · Example News · 2025-03-18\n\nMorning\n\nThe water came fast.\n\none\ntwo\n',
      stderr: '',
    });
  });

  it('leaves the byline line out when nothing of it is known', async () => {
    const bare = makeArticle(8, { title: 'Bare', authors: [], siteName: null, publishedAt: null });
    await seedLibrary(tempDir(), [bare]);
    expect((await runCommand(['show', bare.id, '--library', tempDir()])).stdout).toBe('Bare\n\nBare\n');
  });

  it('prints Markdown with the title as the one # heading', async () => {
    expect((await show('--format', 'markdown')).stdout).toBe('# Rivers rise\n\n## Morning\n\nThe water came _fast_.\n\n-   one\n-   two\n');
  });

  it('prints the stored HTML and the record plus text as JSON', async () => {
    expect((await show('--format', 'html')).stdout).toBe(`${html}\n`);
    expect(JSON.parse((await show('--format', 'json')).stdout)).toEqual({ ...article, text });
  });

  it('says so when the id is unknown (exit 1) or not an id at all (exit 2)', async () => {
    const unknown = makeArticle(99).id;
    expect(await runCommand(['show', unknown, '--library', tempDir()])).toEqual({
      code: 1,
      stdout: '',
      stderr: `No article with the id ${unknown} is in the library at ${tempDir()}.\n`,
    });
    const notAnId = await runCommand(['show', 'story-7', '--library', tempDir()]);
    expect(notAnId).toMatchObject({ code: 2, stderr: '"story-7" is not an article id; `news-archive list` shows them.\n' });
  });
});
