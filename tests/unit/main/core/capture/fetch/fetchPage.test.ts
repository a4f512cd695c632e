import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../../../../src/main/core/capture/fetch/fetchPage';
import { articlePage, PDF, PNG } from '../sources/samples';
import { redirect, send, startTestServer, type TestServer } from './testServer';

const local = { allowLocalNetwork: true };
const page = articlePage('Grüße aus Köln — “quoted”');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    '/article': send(page),
    '/plain': send('Just words.\n\nMore words.', { 'content-type': 'text/plain; charset=utf-8' }),
    '/notes': send('# Title\n\nBody.', { 'content-type': 'text/markdown' }),
    '/unlabelled': send(page, {}),
    '/gzip': send(gzipSync(page), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }),
    '/deflate': send(deflateSync(page), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' }),
    '/br': send(brotliCompressSync(page), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }),
    '/twice': send(brotliCompressSync(gzipSync(page)), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip, br' }),
    '/zstd': send('????', { 'content-type': 'text/html', 'content-encoding': 'zstd' }),
    '/broken-gzip': send(gzipSync(page).subarray(0, 30), { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    '/sjis': send(iconv.encode(articlePage('日本語の記事です。'), 'shift_jis'), { 'content-type': 'text/html; charset=Shift_JIS' }),
    '/pdf': send(PDF, { 'content-type': 'application/pdf' }),
    '/json': send('{"a":1}', { 'content-type': 'application/json' }),
    '/png': send(PNG, { 'content-type': 'image/png' }),
    '/pdf-as-html': send(PDF, { 'content-type': 'text/html' }),
    '/missing': send('gone', { 'content-type': 'text/html' }, 404),
    '/failing': send('oops', { 'content-type': 'text/html' }, 503),
    '/r1': redirect('/r2', 301),
    '/r2': redirect(`${'/r3'}`, 307),
    '/r3': redirect('article', 308),
    '/loop': redirect('/loop'),
    '/to-file': redirect('file:///etc/passwd'),
    '/to-ftp': redirect('ftp://example.org/x'),
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/hop${i}`, redirect(i === 0 ? '/article' : `/hop${i - 1}`)])),
  });
});
afterAll(() => server.close());

describe('fetchPage', () => {
  it('keeps the exact bytes and records where the page came from', async () => {
    const fetched = await fetchPage(server.url('/article'), local);
    expect(Buffer.from(fetched.bytes).toString('utf8')).toBe(page);
    expect(fetched).toMatchObject({
      text: page,
      rawKind: 'html',
      format: 'html',
      url: server.url('/article'),
      requestedUrl: server.url('/article'),
      source: 'url',
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      fileName: null,
    });
    expect(fetched.resources.size).toBe(0);
  });

  it('asks like a browser, naming itself, for HTML first', async () => {
    await fetchPage(server.url('/article?headers'), local);
    const { headers } = server.requests.find((request) => request.path === '/article?headers')!;
    expect(headers['user-agent']).toMatch(/NewsArchive/);
    expect(headers.accept).toMatch(/^text\/html/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('reads text and Markdown responses as such', async () => {
    await expect(fetchPage(server.url('/plain'), local)).resolves.toMatchObject({ rawKind: 'text', format: 'text', text: 'Just words.\n\nMore words.' });
    await expect(fetchPage(server.url('/notes'), local)).resolves.toMatchObject({ rawKind: 'markdown', format: 'markdown', text: '# Title\n\nBody.' });
    await expect(fetchPage(server.url('/unlabelled'), local)).resolves.toMatchObject({ format: 'html', text: page });
  });

  it.each(['/gzip', '/deflate', '/br', '/twice'])('undoes the compression of %s', async (path) => {
    const fetched = await fetchPage(server.url(path), local);
    expect(fetched.text).toBe(page);
    expect(Buffer.from(fetched.bytes).toString('utf8')).toBe(page);
  });

  it('says so when compressed data cannot be read', async () => {
    await expect(fetchPage(server.url('/zstd'), local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/compressed as "zstd"/) });
    await expect(fetchPage(server.url('/broken-gzip'), local)).rejects.toMatchObject({ code: 'network' });
  });

  it('decodes by the charset the server declares', async () => {
    const fetched = await fetchPage(server.url('/sjis'), local);
    expect(fetched.text).toBe(articlePage('日本語の記事です。'));
  });

  it.each([
    ['/pdf', /a PDF document \(application\/pdf\)/],
    ['/json', /JSON data \(application\/json\)/],
    ['/png', /an image \(image\/png\)/],
    ['/pdf-as-html', /a PDF document \(application\/pdf\)/],
  ])('refuses %s as not an article, naming what it is', async (path, message) => {
    await expect(fetchPage(server.url(path), local)).rejects.toMatchObject({ code: 'not-an-article', message: expect.stringMatching(message) });
  });

  it('names the HTTP status of a failed request', async () => {
    await expect(fetchPage(server.url('/missing'), local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/answered 404 Not Found/) });
    await expect(fetchPage(server.url('/failing'), local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/503 Service Unavailable/) });
  });

  it('follows a chain of redirects, relative ones too, and records the final address', async () => {
    const fetched = await fetchPage(server.url('/r1'), local);
    expect(fetched.url).toBe(server.url('/article'));
    expect(fetched.requestedUrl).toBe(server.url('/r1'));
    expect(fetched.text).toBe(page);
  });

  it('follows at most ten redirects', async () => {
    await expect(fetchPage(server.url('/hop9'), local)).resolves.toMatchObject({ url: server.url('/article') });
    await expect(fetchPage(server.url('/hop10'), local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/redirects more than 10 times/) });
    await expect(fetchPage(server.url('/loop'), local)).rejects.toMatchObject({ code: 'network' });
  });

  it('never follows a redirect out of the web', async () => {
    await expect(fetchPage(server.url('/to-file'), local)).rejects.toMatchObject({ code: 'unsupported-url', message: expect.stringMatching(/redirects to a file: address/) });
    await expect(fetchPage(server.url('/to-ftp'), local)).rejects.toMatchObject({ code: 'unsupported-url' });
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/', 'javascript:alert(1)', 'not a url'])('refuses %s', async (address) => {
    await expect(fetchPage(address, local)).rejects.toMatchObject({ code: 'unsupported-url' });
  });

  it('says when a host cannot be found or refuses the connection', async () => {
    const unknown = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(fetchPage('http://no-such-host.test/', { resolve: unknown })).rejects.toMatchObject({
      code: 'network',
      message: 'Could not find the host no-such-host.test.',
    });
    const closed = await startTestServer({});
    const address = closed.url('/');
    await closed.close();
    await expect(fetchPage(address, local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/refused the connection/) });
  });
});
