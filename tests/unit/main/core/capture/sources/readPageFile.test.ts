import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS } from '../../../../../../src/main/core/capture/sources/pageFile';
import { listPageFiles, readPageFile } from '../../../../../../src/main/core/capture/sources/readPageFile';
import { makeTempDir } from '../../support/fixtures';
import { buildMhtml } from './mhtmlSample';
import { GIF, JPEG, PDF, PNG, PROSE, SVG } from './samples';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

async function put(path: string, content: string | Uint8Array): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, content);
  return full;
}

const savedFrom = (url: string) => `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;

describe('readPageFile: a page saved "complete"', () => {
  const html = `<!DOCTYPE html>${savedFrom('https://news.example.com/2025/story')}
<html><head><meta charset="utf-8"><title>Story</title></head><body><article>
<p>${PROSE.de}</p>
<img src="./Story_files/photo.jpg"><picture><source srcset="Story_files/small.png 1x, Story_files/big.gif 2x"><img src="Story_files/small.png"></picture>
<img data-src="Story_files/lazy%20one.png"><img src="Story_files/fake.png"><img src="Story_files/link.png"><img src="../secret.png">
<img src="Story_files/missing.png"><img src="https://cdn.example.com/remote.jpg">
</article></body></html>`;

  beforeEach(async () => {
    await put('Story.html', html);
    await put('Story_files/photo.jpg', JPEG);
    await put('Story_files/small.png', PNG);
    await put('Story_files/big.gif', GIF);
    await put('Story_files/lazy one.png', PNG);
    await put('Story_files/fake.png', SVG);
    await put('Story_files/inner.html', '<p>a frame the page embedded</p>');
    await put('secret.png', PNG);
    await symlink(join(dir, 'secret.png'), join(dir, 'Story_files/link.png'));
  });

  it('reads the page, its recorded address and the images of its folder', async () => {
    const [page, ...rest] = await readPageFile(join(dir, 'Story.html'));
    expect(rest).toEqual([]);
    expect(page).toMatchObject({
      rawKind: 'html',
      format: 'html',
      text: html,
      url: 'https://news.example.com/2025/story',
      source: 'file',
      fileName: 'Story.html',
      requestedUrl: null,
      httpStatus: null,
      contentType: 'text/html',
    });
    const folder = pathToFileURL(join(dir, 'Story_files')).href;
    const files = ['photo.jpg', 'small.png', 'big.gif', 'lazy%20one.png'];
    expect([...page!.resources.keys()].sort()).toEqual(
      [...files.map((file) => `${folder}/${file}`), ...files.map((file) => `https://news.example.com/2025/Story_files/${file}`)].sort(),
    );
    expect(page!.resources.get(`${folder}/photo.jpg`)).toEqual({ bytes: JPEG, contentType: 'image/jpeg' });
    expect(page!.resources.get('https://news.example.com/2025/Story_files/big.gif')?.contentType).toBe('image/gif');
  });

  it('never reads outside the folder, follows no link out of it, and keeps only real pictures', async () => {
    const [page] = await readPageFile(join(dir, 'Story.html'));
    const keys = [...page!.resources.keys()].join('\n');
    expect(keys).not.toMatch(/secret|link\.png|fake\.png|missing|remote|inner/);
  });

  it('leaves out images over the image cap', async () => {
    const [page] = await readPageFile(join(dir, 'Story.html'), { ...DEFAULT_FILE_LIMITS, imageBytes: 80 });
    expect(JPEG.length).toBeGreaterThan(80);
    expect([...page!.resources.keys()].filter((key) => key.endsWith('photo.jpg'))).toEqual([]);
    expect(page!.resources.size).toBe(6);
  });

  it('finds the folder a renamed page refers to', async () => {
    await put('Renamed page.htm', `<html><head><link rel="canonical" href="https://news.example.com/a"></head><body><img src="Story_files/small.png"><img src="../Story_files/photo.jpg"></body></html>`);
    const [page] = await readPageFile(join(dir, 'Renamed page.htm'));
    expect([...page!.resources.keys()]).toEqual([pathToFileURL(join(dir, 'Story_files/small.png')).href, 'https://news.example.com/Story_files/small.png']);
  });
});

describe('readPageFile: other files', () => {
  it('reads a page saved as HTML only, its address from og:url when it has no canonical link', async () => {
    const path = await put('only.html', `<html><head><meta property="og:url" content="https://example.org/only"></head><body><img src="only_files/x.png"></body></html>`);
    await expect(readPageFile(path)).resolves.toMatchObject([{ url: 'https://example.org/only', resources: new Map() }]);
  });

  it('leaves the address unknown when the page records none', async () => {
    const path = await put('plain.html', `<p>${PROSE.fr}</p>`);
    await expect(readPageFile(path)).resolves.toMatchObject([{ url: null, text: `<p>${PROSE.fr}</p>` }]);
  });

  it('decodes a saved page by its <meta charset>', async () => {
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${PROSE.ru}</p></body></html>`;
    const path = await put('ru.html', iconv.encode(html, 'windows-1251'));
    await expect(readPageFile(path)).resolves.toMatchObject([{ text: html }]);
  });

  it.each([
    ['notes.txt', 'windows-1251', PROSE.ru, 'text'],
    ['notes.txt', 'shift_jis', PROSE.ja, 'text'],
    ['notes.md', 'utf-16le', `# ${PROSE.el}`, 'markdown'],
    ['notes.markdown', 'iso-8859-2', `# Wiadomości\n\n${PROSE.pl}`, 'markdown'],
  ])('reads %s in %s', async (name, charset, text, format) => {
    const path = await put(name, iconv.encode(text, charset, { addBOM: charset.startsWith('utf-16') }));
    await expect(readPageFile(path)).resolves.toMatchObject([{ text, format, rawKind: format, url: null, fileName: name, contentType: format === 'text' ? 'text/plain' : 'text/markdown' }]);
  });

  it('reads a web page archive', async () => {
    const archive = buildMhtml('https://news.example.com/story', [
      { headers: { 'Content-Type': 'text/html', 'Content-Location': 'https://news.example.com/story' }, encoding: 'quoted-printable', body: Buffer.from('<p>Straße</p>') },
    ]);
    const path = await put('story.mhtml', archive);
    const [page] = await readPageFile(path);
    expect(page).toMatchObject({ rawKind: 'mhtml', format: 'html', text: '<p>Straße</p>', url: 'https://news.example.com/story', contentType: 'multipart/related' });
    expect(Buffer.from(page!.bytes).equals(archive)).toBe(true);
  });

  it('reads every saved page and text file of a folder, but not inside resource folders', async () => {
    await put('b.html', '<p>b</p>');
    await put('a.txt', 'a');
    await put('sub/c.md', '# c');
    await put('b_files/frame.html', '<p>frame</p>');
    await put('picture.png', PNG);
    await put('report.pdf', PDF);
    expect(await listPageFiles(dir)).toEqual([join(dir, 'a.txt'), join(dir, 'b.html'), join(dir, 'sub/c.md')]);
    const pages = await readPageFile(dir);
    expect(pages.map((page) => [page.fileName, page.format, page.text])).toEqual([
      ['a.txt', 'text', 'a'],
      ['b.html', 'html', '<p>b</p>'],
      ['c.md', 'markdown', '# c'],
    ]);
  });
});

describe('readPageFile: what cannot be read', () => {
  it.each([
    ['photo.html', PNG, /photo\.html is not a web page or text file: it holds image\/png data/],
    ['report.htm', PDF, /report\.htm is not a web page or text file: it holds application\/pdf data/],
    ['data.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x43]), /data\.txt is not a web page or text file: it holds binary data/],
    ['empty.html', '', /empty\.html is empty/],
    ['blank.md', ' \n\n ', /blank\.md is empty/],
    ['nothing.mhtml', 'From: someone\r\nContent-Type: text/plain\r\n\r\nhello', /nothing\.mhtml is not a web page archive/],
    ['report.pdf', PDF, /report\.pdf is not a saved web page or text file/],
  ])('refuses %s with a clear message', async (name, content, message) => {
    const path = await put(name, content);
    await expect(readPageFile(path)).rejects.toMatchObject({ code: 'unreadable-file', message: expect.stringMatching(message) });
  });

  it('names a path that does not exist', async () => {
    const path = join(dir, 'gone.html');
    await expect(readPageFile(path)).rejects.toMatchObject({ code: 'unreadable-file', message: `Could not read ${path}: it does not exist.` });
  });

  it('refuses a file over the cap before reading it', async () => {
    const path = await put('big.html', `<p>${'x'.repeat(4096)}</p>`);
    await expect(readPageFile(path, { ...DEFAULT_FILE_LIMITS, pageBytes: 1024 })).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/^big\.html is larger than/) });
  });
});
