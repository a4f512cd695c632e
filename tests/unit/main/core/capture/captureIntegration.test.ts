import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultCaptureSources } from '../../../../../src/main/core/capture/defaultSources';
import { MISSING_IMAGE_CLASS } from '../../../../../src/main/core/capture/extract/purifyPolicy';
import { startCapture } from '../../../../../src/main/core/capture/startCapture';
import type { CaptureService } from '../../../../../src/main/core/capture/types';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { listFiles, makeTempDir } from '../support/fixtures';

const FIXTURES = resolve(import.meta.dirname, '../../../../../../shared/fixtures');
const JPEG = (n: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, n)]);

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const image = /^\/img\/(\d)\.jpg$/.exec(request.url ?? '');
    if (image && image[1] !== '3') return void response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(JPEG(Number(image[1])));
    if (request.url === '/story') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(storyPage());
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const storyPage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm</title>
<link rel="canonical" href="${origin}/story?utm_source=feed"></head><body><article><h1>Harbour reopens after storm</h1>
${[1, 2, 3].map((n) => `<p>${'The harbour reopened on Monday after a week of repairs to the sea wall and the quay. '.repeat(4)}</p><figure><img src="/img/${n}.jpg" alt="Quay ${n}"></figure>`).join('\n')}
<p>${'Fishing boats returned to their moorings as the tide came in. '.repeat(5)}</p></article></body></html>`;

let dir: string;
let cleanup: () => Promise<void>;
let library: Library;
let capture: CaptureService;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  library = await openLibrary({ dir });
  capture = startCapture({ library, sources: defaultCaptureSources });
});
afterEach(async () => {
  await capture.close();
  await library.close();
  await cleanup();
});

describe('capture with the real sources and extractor', () => {
  it('saves the pasted NDTV story as a clean article with its provenance', async () => {
    const text = await readFile(join(FIXTURES, 'trump-putin-call.txt'), 'utf8');
    const job = await capture.settled(capture.start({ kind: 'text', text, format: 'text' }, { tags: ['Ukraine'] }).id);
    expect(job).toMatchObject({ state: 'done', label: 'Pasted text', title: 'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says' });

    const id = job.articleId!;
    const article = library.articles.get(id)!;
    expect(article.excerpt).toMatch(/^Donald Trump, who called Vladimir Putin at 10 am/);
    expect(article).toMatchObject({ url: null, tags: ['Ukraine'], leadImage: null });
    expect(article.provenance).toMatchObject({ source: 'paste', requestedUrl: null, fileName: null, rawFile: `content/${id}/raw.txt.gz`, imagesStored: 0, imagesFailed: [] });
    const stored = await library.articles.content(id);
    expect(stored.text).toMatch(/^Three weeks after a failed meeting/);
    expect(stored.text).toMatch(/he added\.$/);
    for (const clutter of ['Advertisement', 'Show comments', '\nX\n', '\nAP\n', '\nKR\n']) expect(stored.text).not.toContain(clutter);
    expect(gunzipSync(await readFile(join(dir, 'content', id, 'raw.txt.gz'))).toString('utf8')).toBe(text);

    const again = await capture.settled(capture.start({ kind: 'text', text, format: 'text' }).id);
    expect(again).toMatchObject({ state: 'duplicate', articleId: id });
  });

  it('saves a page from a local server with its images, recording the one that 404s and marking its place', async () => {
    await library.settings.update({ allowLocalNetwork: true });
    const job = await capture.settled(capture.start({ kind: 'url', url: `${origin}/story` }).id);
    expect(job).toMatchObject({ state: 'done', title: 'Harbour reopens after storm', error: null });

    const id = job.articleId!;
    const article = library.articles.get(id)!;
    expect(article.canonicalUrl).toBe(`${origin}/story`);
    expect(article.provenance).toMatchObject({ source: 'url', requestedUrl: `${origin}/story`, finalUrl: `${origin}/story`, httpStatus: 200, imagesStored: 2 });
    expect(article.provenance!.imagesFailed).toEqual([{ url: `${origin}/img/3.jpg`, reason: expect.stringContaining('404') }]);
    const files = await listFiles(join(dir, 'content', id));
    expect(files.filter((file) => file.startsWith('images/'))).toHaveLength(2);

    const { html } = await library.articles.content(id);
    expect(html.match(new RegExp(`src="archive-asset://${id}/images/[0-9a-f]{16}\\.jpg"`, 'g'))).toHaveLength(2);
    expect(html).toContain(`class="${MISSING_IMAGE_CLASS}"`);
    expect(html).not.toContain(origin);
  });

  it('refuses a page on this computer unless the local network is allowed, leaving the library unchanged', async () => {
    const job = await capture.settled(capture.start({ kind: 'url', url: `${origin}/story` }).id);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'blocked-address' } });
    expect(library.articles.count()).toBe(0);
  });

  it('saves a saved page picked from disk, by path', async () => {
    const path = join(FIXTURES, 'readability-test-pages', 'rtl-1', 'source.html'); // a page without images: nothing to fetch
    const job = await capture.settled(capture.start({ kind: 'path', path }).id);
    expect(job).toMatchObject({ state: 'done', label: 'source.html', title: 'RTL Test' });
    expect(library.articles.get(job.articleId!)).toMatchObject({
      dir: 'rtl',
      provenance: { source: 'file', fileName: 'source.html', rawFile: expect.stringMatching(/raw\.html\.gz$/) },
    });
  });

  it('keeps the images of a page saved "complete" that records no web address', async () => {
    const pageDir = join(dir, 'Downloads');
    await mkdir(join(pageDir, 'Harbour_files'), { recursive: true });
    await writeFile(join(pageDir, 'Harbour_files', 'quay.jpg'), JPEG(7));
    const body = 'The harbour reopened on Monday after a week of repairs to the sea wall and the quay. '.repeat(6);
    await writeFile(join(pageDir, 'Harbour.html'), `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>${body}</p><img src="Harbour_files/quay.jpg" alt="The quay"><p>${body}</p></article></body></html>`);

    const job = await capture.settled(capture.start({ kind: 'path', path: join(pageDir, 'Harbour.html') }).id);
    expect(job).toMatchObject({ state: 'done' });
    const article = library.articles.get(job.articleId!)!;
    expect(article).toMatchObject({ url: null, provenance: { imagesStored: 1, imagesFailed: [] } });
    const html = await readFile(join(dir, 'content', article.id, 'article.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<img src="archive-asset://${article.id}/images/[0-9a-f]+\\.jpg" alt="The quay">`));
    expect(html).not.toContain('file:');
  });
});
