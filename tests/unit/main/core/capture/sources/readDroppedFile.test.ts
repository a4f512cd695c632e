import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDroppedFile } from '../../../../../../src/main/core/capture/sources/readDroppedFile';
import { readPageFile } from '../../../../../../src/main/core/capture/sources/readPageFile';
import { buildMhtml } from './mhtmlSample';
import { PNG, PROSE } from './samples';

const fixtures = resolve(__dirname, '../../../../../../../shared/fixtures/readability-test-pages');
const story = 'https://news.example.com/2025/03/18/story';

describe('readDroppedFile: a web page archive', () => {
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Story</title></head><body><article><p>${PROSE.fr}</p><img src="https://news.example.com/photo.png"><img src="cid:chart@mhtml.blink"></article></body></html>`;
  const archive = buildMhtml(story, [
    { headers: { 'Content-Type': 'text/html', 'Content-ID': '<frame-0@mhtml.blink>', 'Content-Location': story }, encoding: 'quoted-printable', body: iconv.encode(html, 'windows-1252') },
    { headers: { 'Content-Type': 'text/css', 'Content-Location': 'https://news.example.com/site.css' }, encoding: 'quoted-printable', body: Buffer.from('p { margin: 0 }') },
    { headers: { 'Content-Type': 'image/png', 'Content-Location': 'https://news.example.com/photo.png' }, encoding: 'base64', body: PNG },
    { headers: { 'Content-Type': 'image/png', 'Content-ID': '<chart@mhtml.blink>' }, encoding: 'base64', body: PNG },
  ]);

  it('decodes the page part (quoted-printable, its declared charset) and records where it was saved from', async () => {
    const page = await readDroppedFile('Story.mhtml', archive);
    expect(page).toMatchObject({ rawKind: 'mhtml', format: 'html', text: html, url: story, fileName: 'Story.mhtml', source: 'file' });
    expect(Buffer.from(page.bytes).equals(archive)).toBe(true);
  });

  it('keeps every other part, keyed by its address', async () => {
    const { resources } = await readDroppedFile('Story.mht', archive);
    expect([...resources.keys()]).toEqual(['https://news.example.com/site.css', 'https://news.example.com/photo.png', 'cid:chart@mhtml.blink']);
    expect(resources.get('https://news.example.com/photo.png')).toEqual({ bytes: PNG, contentType: 'image/png' });
    expect(Buffer.from(resources.get('https://news.example.com/site.css')!.bytes).toString()).toBe('p { margin: 0 }');
  });

  it('reads a charset from the part header, long lines broken softly, and unencoded parts', async () => {
    const long = `<p>${PROSE.ru}</p>`;
    const utf8 = buildMhtml(story, [{ headers: { 'Content-Type': 'text/html; charset=koi8-r' }, encoding: 'quoted-printable', body: iconv.encode(long, 'koi8-r') }]);
    expect(utf8.toString('latin1')).toMatch(/=\r\n/);
    await expect(readDroppedFile('ru.mhtml', utf8)).resolves.toMatchObject({ text: long, url: story });
    const plain = buildMhtml(story, [{ headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Location': `${story}?page=2` }, encoding: '8bit', body: Buffer.from(long) }]);
    await expect(readDroppedFile('plain.mhtml', plain)).resolves.toMatchObject({ text: long, url: `${story}?page=2` });
  });
});

describe('readDroppedFile: other files', () => {
  it('reads a saved page without its folder, which a drop does not bring', async () => {
    const page = await readDroppedFile('/home/someone/Downloads/Story.html', Buffer.from('<link rel="canonical" href="https://example.org/s"><img src="Story_files/a.png">'));
    expect(page).toMatchObject({ fileName: 'Story.html', url: 'https://example.org/s', resources: new Map() });
  });

  it('reads text in its own charset', async () => {
    await expect(readDroppedFile('C:\\Notes\\today.txt', iconv.encode(PROSE.ja, 'euc-jp'))).resolves.toMatchObject({ fileName: 'today.txt', text: PROSE.ja, format: 'text' });
  });

  it('refuses a picture renamed .html', async () => {
    await expect(readDroppedFile('Story.html', PNG)).rejects.toMatchObject({ code: 'unreadable-file', message: 'Story.html is not a web page or text file: it holds image/png data.' });
  });
});

describe('real saved pages', () => {
  it('reads a news page, its address from its canonical link', async () => {
    const path = join(fixtures, 'bbc-1/source.html');
    const [page] = await readPageFile(path);
    expect(page).toMatchObject({ url: 'http://www.bbc.com/news/world-us-canada-33646704', fileName: 'source.html', text: await readFile(path, 'utf8') });
  });

  it('falls back to og:url where the canonical link has no address', async () => {
    const dropped = await readDroppedFile('ehow.html', await readFile(join(fixtures, 'ehow-1/source.html')));
    expect(dropped.url).toBe('http://www.ehow.com/how_2042752_build-terrarium.html');
  });

  it('reads every page of the fixture set (all UTF-8, most without a BOM or any declaration the header could give)', async () => {
    const names = (await readdir(fixtures, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const path = join(fixtures, name, 'source.html');
      const [page] = await readPageFile(path);
      expect(page!.text, name).toBe((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    }
  });
});
