import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/core/library/openLibrary';
import { makeArticle } from '../main/core/support/fixtures';
import { newHighlight } from '../../support/makeHighlight';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();
const article = makeArticle(7, { title: 'Rivers rise', canonicalUrl: 'https://news.example/rivers' });
const quiet = makeArticle(8, { title: 'Nothing marked' });

beforeEach(async () => {
  const library = await openLibrary({ dir: tempDir() });
  for (const each of [article, quiet]) await library.articles.add(each, { html: '<p>x</p>', text: 'x' });
  await library.annotations.addHighlight(newHighlight(article.id, 'The water came fast.', 0, { note: 'Check the gauge data.' }));
  await library.close();
});

const highlights = (...args: string[]) => runCommand(['highlights', ...args, '--library', tempDir()]);

describe('news-archive highlights', () => {
  it("prints an article's highlights as Markdown by default", async () => {
    const run = await highlights(article.id);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^---\ntitle: "Rivers rise"\nurl: "https:\/\/news.example\/rivers"\n[\s\S]*\n---\n\n# Rivers rise\n\n> The water came fast.\n\nColour: yellow\n\nCheck the gauge data.\n$/);
  });

  it('prints every annotated article without an id, and JSON or JSON-LD on request', async () => {
    const all = await highlights('--format', 'json');
    expect(JSON.parse(all.stdout).articles.map((entry: { article: { id: string } }) => entry.article.id)).toEqual([article.id]);
    const jsonLd = JSON.parse((await highlights(article.id, '--format', 'jsonld')).stdout);
    expect(jsonLd).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { items: [{ motivation: 'commenting', target: { source: 'https://news.example/rivers' } }] } });
  });

  it('says so when the id is unknown (exit 1), not an id (exit 2), or the format unknown (exit 2)', async () => {
    const unknown = makeArticle(99).id;
    expect(await highlights(unknown)).toEqual({ code: 1, stdout: '', stderr: `No article with the id ${unknown} is in the library at ${tempDir()}.\n` });
    expect(await highlights('story-7')).toMatchObject({ code: 2, stderr: '"story-7" is not an article id; `news-archive list` shows them.\n' });
    expect(await highlights(article.id, '--format', 'pdf')).toMatchObject({ code: 2, stderr: expect.stringContaining('markdown, json, jsonld') });
  });
});
