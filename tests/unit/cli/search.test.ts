import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/core/library/openLibrary';
import type { Article } from '../../../src/shared/model/article';
import { makeArticle } from '../main/core/support/fixtures';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();

const STORIES: [Article, string][] = [
  [
    makeArticle(1, { title: 'Ceasefire talks resume in Doha', siteName: 'NDTV', publishedAt: '2025-03-18T08:00:00.000Z' }),
    'Negotiators met again on Tuesday.\nThe ceasefire talks had stalled for weeks over the release of prisoners.',
  ],
  [
    makeArticle(2, { title: 'Rivers rise across the valley', siteName: null, url: 'https://www.example.org/rivers' }),
    'The water came fast in the night, and by morning the lower streets stood a metre deep.',
  ],
  [makeArticle(3, { title: 'Markets in Asia', tags: ['economy'] }), 'Shares fell in Tokyo as the yen rose against the dollar.'],
];

async function seed(dir: string, note?: { article: number; text: string }) {
  const library = await openLibrary({ dir });
  for (const [article, text] of STORIES) await library.articles.add(article, { html: `<p>${text}</p>`, text });
  if (note) await library.annotations.setNote(makeArticle(note.article).id, note.text);
  await library.close();
}

const search = (...args: string[]) => runCommand(['search', '--library', tempDir(), ...args]);

describe('news-archive search', () => {
  it('prints each hit: title, source · date · id, the passage with the matched words marked; then the total', async () => {
    await seed(tempDir());
    const run = await search('ceasefire prisoner');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [hit, total] = run.stdout.split('\n\n');
    const [title, where, passage] = hit!.split('\n');
    expect(title).toBe('«Ceasefire» talks resume in Doha');
    expect(where).toBe(`NDTV · 2025-03-18 · ${makeArticle(1).id}`);
    expect(passage).toMatch(/^ {2}.*The «ceasefire» talks had stalled for weeks over the release of «prisoners»/);
    expect(total).toMatch(/^1 article matches \(\d+(\.\d)? ms\)\.\n$/);
  });

  it('names the host when the site is unknown, and says how many are shown of how many', async () => {
    await seed(tempDir());
    const run = await search('the', '--limit', '1');
    expect(run.stdout).toMatch(/\n1 shown; 3 articles match \(\d+(\.\d)? ms\)\.\n$/);
    expect((await search('rivers')).stdout).toContain(`example.org · 2025-02-03 · ${makeArticle(2).id}`);
  });

  it('says where a passage comes from when it is not the body', async () => {
    await seed(tempDir(), { article: 3, text: 'Ask Kenji about the bond yields.' });
    expect((await search('kenji')).stdout).toContain('  Note: Ask «Kenji» about the bond yields.');
  });

  it('marks words in bold on a terminal, unless NO_COLOR is set', async () => {
    await seed(tempDir());
    const args = ['search', '--library', tempDir(), 'yen'];
    expect((await runCommand(args, { tty: true })).stdout).toContain('the \x1b[1myen\x1b[22m rose');
    expect((await runCommand(args, { tty: true, env: { NO_COLOR: '1' } })).stdout).toContain('the «yen» rose');
  });

  it('takes phrases, exclusions, OR and filters', async () => {
    await seed(tempDir());
    const ids = async (query: string) => JSON.parse((await search(query, '--json')).stdout).map((hit: { id: string }) => hit.id);
    expect(await ids('"shares fell" tag:economy')).toEqual([makeArticle(3).id]);
    expect(await ids('"fell shares"')).toEqual([]);
    expect((await ids('valley OR doha')).sort()).toEqual([makeArticle(1).id, makeArticle(2).id]);
    expect(await ids('the -ceasefire -yen')).toEqual([makeArticle(2).id]);
    expect(await ids('site:ndtv')).toEqual([makeArticle(1).id]);
  });

  it('prints the results as JSON: id, title, url, score and snippet', async () => {
    await seed(tempDir());
    const run = await search('ceasefire', '--json');
    const items = JSON.parse(run.stdout);
    expect(items).toEqual([
      {
        id: makeArticle(1).id,
        title: 'Ceasefire talks resume in Doha',
        url: makeArticle(1).url,
        score: expect.any(Number),
        snippet: { field: 'body', text: expect.stringContaining('ceasefire'), marks: expect.any(Array) },
      },
    ]);
    expect(Object.keys(items[0]).sort()).toEqual(['id', 'score', 'snippet', 'title', 'url']);
  });

  it('says when nothing matches', async () => {
    await seed(tempDir());
    expect((await search('volcano')).stdout).toMatch(/^No article matches \(\d+(\.\d)? ms\)\.\n$/);
    expect((await search('volcano', '--json')).stdout).toBe('[]\n');
  });

  it('waits for the index to catch up with the library before answering', async () => {
    await seed(tempDir());
    await rm(join(tempDir(), 'index'), { recursive: true, force: true });
    const run = await search('valley');
    expect(run.stderr).toMatch(/^Updating the search index \(\d+ of 3 articles\)…\n$/);
    expect(run.stdout).toContain('«valley»');
  });
});

describe('news-archive search: mistakes', () => {
  it('shows where an invalid query goes wrong, with a caret, as a usage error', async () => {
    const run = await search('gaza is:new');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'is: can be unread, read, starred, archived or highlighted, not "new".\n  gaza is:new\n          ^\n',
    });
    expect(await readdir(tempDir())).toEqual([]);
  });

  it('refuses a query with nothing to search for', async () => {
    const run = await search(' & ');
    expect(run).toMatchObject({ code: 2, stderr: 'Say what to search for: a word, a "phrase", or a filter such as tag:ukraine.\n' });
  });

  it('refuses a limit over the most one search returns', async () => {
    const run = await search('gaza', '--limit', '501');
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('Give a number up to 500.') });
  });

  it('lists the query syntax in its help', async () => {
    const run = await runCommand(['search', '--help']);
    expect(run.stdout).toMatch(/Query syntax:\n {2}word +Articles with every word/);
    expect(run.stdout).toContain('is:state');
  });
});
