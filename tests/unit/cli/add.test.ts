import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultCaptureSources } from '../../../src/main/core/capture/defaultSources';
import { openLibrary } from '../../../src/main/core/library/openLibrary';
import { newsPage } from './support/newsPage';
import { runCommand } from './support/runCommand';
import { readTrumpPutin, useNewsServer, useTempDir } from './support/testSetup';

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const server = useNewsServer();
const tempDir = useTempDir();

const library = () => `${tempDir()}/library`;
const add = (items: string[], stdin?: string) => runCommand(['add', ...items, '--library', library()], stdin === undefined ? {} : { stdin });

describe('news-archive add', () => {
  it('saves a page from a local server with its tags, then reports it as already there', async () => {
    const url = server().url('/news/rivers.html');
    const first = await add([url, '--allow-local-network', '--tag', 'floods', '--tag', 'Europe']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^saved  (${ID.source})  Rivers rise across the valley\\n$`));
    const id = ID.exec(first.stdout)![0];

    const shown = JSON.parse((await runCommand(['show', id, '--library', library(), '--format', 'json'])).stdout);
    expect(shown).toMatchObject({ title: 'Rivers rise across the valley', url, tags: expect.arrayContaining(['floods']) });
    expect(shown.provenance).toMatchObject({ source: 'url', imagesStored: 1 });

    const again = await add([url, '--allow-local-network']);
    expect(again).toEqual({ code: 0, stdout: `exists ${id}  Rivers rise across the valley (already in the library)\n`, stderr: '' });
  });

  it('saves the trump-putin story piped to standard input as text', async () => {
    const run = await add(['-'], await readTrumpPutin());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^saved  ${ID.source}  Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says\\n$`));
    const [article] = JSON.parse((await runCommand(['list', '--library', library(), '--json'])).stdout);
    expect(article).toMatchObject({ excerpt: expect.stringMatching(/^Donald Trump, who called/), provenance: { source: 'paste' } });
  });

  it('saves every page of a folder, one line each', async () => {
    await mkdir(`${tempDir()}/saved`);
    await writeFile(`${tempDir()}/saved/rivers.html`, newsPage('https://news.example.com'));
    await writeFile(`${tempDir()}/saved/notes.md`, '# Field notes\n\nThe embankment held on the **east** side, and the [map](https://example.com/map) was right.\n');
    const run = await add([`${tempDir()}/saved`]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.every((line) => new RegExp(`^saved  ${ID.source}  `).test(line))).toBe(true);
    expect(lines.map((line) => line.slice('saved  '.length + 36 + 2)).sort()).toEqual(['Field notes', 'Rivers rise across the valley']);
  });

  it('goes on past a failure, reports it in one line and exits with 1', async () => {
    const url = server().url('/news/rivers.html');
    const run = await add([`${tempDir()}/missing.html`, url]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^failed ${tempDir()}/missing.html: \\S`));
    expect(lines[1]).toMatch(new RegExp(`^failed ${url.replace(/[.?]/g, '\\$&')}: .* add --allow-local-network\\.$`));
    expect(run.stderr).toBe('');
  });

  it('prints one JSON array of results with --json', async () => {
    const url = server().url('/news/rivers.html');
    const run = await add([url, `${tempDir()}/missing.html`, '--allow-local-network', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { item: url, status: 'saved', id: expect.stringMatching(ID), title: 'Rivers rise across the valley', error: null },
      { item: `${tempDir()}/missing.html`, status: 'failed', id: null, title: null, error: { code: expect.any(String), message: expect.any(String) } },
    ]);
  });

  it('logs what it did not expect in one line, and its stack only with --debug', async () => {
    const sources = { ...defaultCaptureSources, fetchPage: async () => Promise.reject(new Error('socket on fire')) };
    const url = 'https://news.example.com/a';
    const quiet = await runCommand(['add', url, '--library', library()], { services: { sources } });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(new RegExp(`^failed ${url}: \\S.*\\n$`));
    expect(quiet.stderr).toMatch(/^[^\n]*socket on fire\n$/);
    const loud = await runCommand(['--debug', 'add', url, '--library', library()], { services: { sources } });
    expect(loud.stderr).toMatch(/socket on fire\n {4}at /);
  });

  it('refuses to read standard input twice (exit code 2)', async () => {
    expect(await add(['-', '-'], 'text')).toMatchObject({ code: 2, stdout: '', stderr: 'Standard input (-) can be read only once.\n' });
  });

  it('gives the lock message and exit code 1 while the desktop app holds the library', async () => {
    const since = new Date('2025-03-18T10:00:00.000Z');
    const app = await openLibrary({ dir: library(), appName: 'News Archive', clock: () => since });
    try {
      expect(await add([server().url('/news/rivers.html'), '--allow-local-network'])).toEqual({
        code: 1,
        stdout: '',
        stderr: `The library at ${library()} is in use by News Archive (process ${process.pid} on ${hostname()}) since ${since.toISOString()}.\n`,
      });
    } finally {
      await app.close();
    }
    expect(JSON.parse((await runCommand(['list', '--library', library(), '--json'])).stdout)).toEqual([]);
  });
});
