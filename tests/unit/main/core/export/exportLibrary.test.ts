import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportLibrary, type LibraryExportOptions } from '../../../../../src/main/core/export/exportLibrary';
import { LIBRARY_JSON_FORMAT } from '../../../../../src/main/core/export/jsonExport';
import { useTempDir } from '../../../cli/support/testSetup';
import { listFiles, withLibrary } from '../support/fixtures';
import { formula, PNG, sameTitle, seedExportLibrary, story } from './exportLibrarySample';

const tempDir = useTempDir();
const libraryDir = () => join(tempDir(), 'library');
let image = '';
beforeEach(async () => ({ image } = await seedExportLibrary(libraryDir())));

const exportedAt = new Date('2025-04-01T12:00:00.000Z');
const run = (out: string, options: Omit<LibraryExportOptions, 'appVersion'>) =>
  withLibrary({ dir: libraryDir() }, (library) => exportLibrary(library, join(tempDir(), out), { appVersion: '1.2.3', clock: () => exportedAt, ...options }));
const read = (path: string) => readFile(join(tempDir(), path), 'utf8');

describe('exportLibrary to Markdown', () => {
  it('writes one note per article outside the Trash, front matter first, images beside it, names made unique', async () => {
    const summary = await run('vault', { format: 'markdown' });
    expect(summary).toEqual({ path: join(tempDir(), 'vault'), count: 3, unit: 'article', images: 1 });
    const picture = image.replace('images/', '');
    expect((await listFiles(join(tempDir(), 'vault'))).sort()).toEqual(
      ['ceasefire-talks-resume-2.md', 'ceasefire-talks-resume.md', `ceasefire-talks-resume/${picture}`, 'hyperlink-http-evil-example.md'].sort(),
    );
    expect(await readFile(join(tempDir(), 'vault', 'ceasefire-talks-resume', picture))).toEqual(PNG);
    expect(await read('vault/ceasefire-talks-resume.md')).toBe(
      [
        '---',
        'title: "Ceasefire: \\"talks\\" resume"',
        'url: "https://news.example.com/story/1"',
        'canonical_url: "https://news.example.com/story/1"',
        'authors: ["Ada Reporter", "Bo Writer"]',
        'site: "Example News"',
        'published: 2025-02-02T08:00:00.000Z',
        'saved: 2025-03-10T10:00:00.000Z',
        'tags: ["ukraine/ceasefire"]',
        'read: true',
        'starred: true',
        'archived: false',
        'progress: 0.46',
        'word_count: 321',
        'language: "en"',
        '---',
        '',
        '# Ceasefire: "talks" resume',
        '',
        '## Talks',
        '',
        'Talks resume today. _The guns_ fell silent.',
        '',
        `![The border](ceasefire-talks-resume/${picture})`,
        '',
        '## Highlights and notes',
        '',
        'Follow up next week.',
        '',
        '> The guns fell silent.',
        '',
        'Colour: green',
        '',
        'Check <this> & "that".',
        '',
      ].join('\n'),
    );
    // Pasted text has no address: those lines are left out, not written empty.
    expect(await read('vault/ceasefire-talks-resume-2.md')).not.toMatch(/^(url|canonical_url):/m);
  });

  it('exports only the articles of a tag and its children', async () => {
    expect(await run('ukraine', { format: 'markdown', tag: 'Ukraine' })).toMatchObject({ count: 1 });
    expect(await readdir(join(tempDir(), 'ukraine'))).toEqual(expect.arrayContaining(['ceasefire-talks-resume.md']));
    await expect(run('none', { format: 'markdown', tag: 'ukraine/cease' })).rejects.toThrow('has no tag named "ukraine/cease"');
  });
});

describe('exportLibrary to HTML', () => {
  it('writes self-contained pages: images inlined, no script, a strict policy, highlights listed and escaped', async () => {
    expect(await run('pages', { format: 'html' })).toMatchObject({ count: 3, images: 1 });
    const page = await read('pages/ceasefire-talks-resume.html');
    expect(page).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="The border">`);
    expect(page).not.toMatch(/<script|archive-asset:/i);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
    expect(page).toContain('<title>Ceasefire: &quot;talks&quot; resume</title>');
    expect(page).toContain('<p class="meta">Ada Reporter, Bo Writer · Example News</p>');
    expect(page).toContain('<a href="https://news.example.com/story/1">');
    expect(page).toContain('<blockquote><mark class="green">The guns fell silent.</mark></blockquote>\n<p class="highlight-note">Check &lt;this&gt; &amp; &quot;that&quot;.</p>');
  });
});

describe('exportLibrary to one file', () => {
  it('writes the records as versioned JSON with notes and highlights', async () => {
    expect(await run('library.json', { format: 'json' })).toEqual({ path: join(tempDir(), 'library.json'), count: 3, unit: 'article' });
    const json = JSON.parse(await read('library.json'));
    expect(json).toMatchObject({ ...LIBRARY_JSON_FORMAT, exportedAt: exportedAt.toISOString() });
    expect(json.articles.map((entry: { article: { id: string } }) => entry.article.id)).toEqual([story.id, sameTitle.id, formula.id]);
    expect(json.articles[0]).toMatchObject({ article: { tags: ['ukraine/ceasefire'], progress: 0.4567 }, note: { text: 'Follow up next week.' }, highlights: [{ color: 'green' }] });
  });

  it('writes the annotations as one W3C AnnotationCollection', async () => {
    expect(await run('notes.jsonld', { format: 'jsonld' })).toMatchObject({ count: 2, unit: 'annotation' });
    const collection = JSON.parse(await read('notes.jsonld'));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage' } });
    expect(collection.first.items.map((item: { motivation: string }) => item.motivation)).toEqual(['commenting', 'commenting']);
    expect(collection.first.items[1].target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'The guns fell silent.' });
  });

  it('writes the links as bookmarks, leaving out pasted text, which has none', async () => {
    expect(await run('bookmarks.html', { format: 'bookmarks' })).toMatchObject({ count: 2, unit: 'link' });
    expect(await read('bookmarks.html')).toContain(
      `<DT><A HREF="https://news.example.com/story/1" ADD_DATE="${Date.parse(story.savedAt) / 1000}" LAST_MODIFIED=`,
    );
  });

  it('writes a CSV of the records', async () => {
    const csv = await read((await run('library.csv', { format: 'csv' })).path.slice(tempDir().length + 1));
    expect(csv.split('\r\n')[0]).toBe('\ufeffid,title,url,site,authors,published,saved,tags,read,starred,archived,highlights');
    expect(csv).toContain(`${story.id},"Ceasefire: ""talks"" resume",https://news.example.com/story/1,Example News,Ada Reporter; Bo Writer,`);
    expect(csv).toContain(`${formula.id},"'=HYPERLINK(""http://evil.example"")",`);
  });

  it('writes a full backup ZIP, never narrowed by a tag', async () => {
    const summary = await run('library.zip', { format: 'backup' });
    expect(summary).toMatchObject({ path: join(tempDir(), 'library.zip'), unit: 'file' });
    expect(summary.count).toBeGreaterThan(5);
    await expect(run('tagged.zip', { format: 'backup', tag: 'sport' })).rejects.toThrow('--tag cannot narrow it');
  });
});

describe('exportLibrary never replaces what is there', () => {
  it('refuses an existing file and a folder that is not empty, and fills an empty folder', async () => {
    await run('library.csv', { format: 'csv' });
    for (const format of ['csv', 'json', 'backup'] as const) {
      await expect(run('library.csv', { format })).rejects.toThrow(`Nothing was exported: ${join(tempDir(), 'library.csv')} already exists`);
    }
    await expect(run('library.csv', { format: 'markdown' })).rejects.toThrow('already exists and is not an empty folder');
    await run('vault', { format: 'markdown' });
    await expect(run('vault', { format: 'html' })).rejects.toThrow('is not an empty folder');
    expect((await listFiles(join(tempDir(), 'vault'))).some((file) => file.endsWith('.html'))).toBe(false);
    await mkdir(join(tempDir(), 'empty'));
    expect(await run('empty', { format: 'html' })).toMatchObject({ count: 3 });
    expect(await readdir(join(tempDir(), 'empty'))).toHaveLength(3);
  });
});
