import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../../../src/main/protocol/serveDirectory';

let root: string;
const CSP = "default-src 'none'";
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-directory-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>News Archive</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'font.woff2'), '');
  await writeFile(join(root, 'assets', 'blob.xyz'), '');
  serve = serveDirectory({ root, host: 'news-archive', headers: { 'Content-Security-Policy': CSP } });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const get = (url: string) => serve(new Request(url));

describe('serveDirectory', () => {
  it('serves index.html for the root, with the CSP and nosniff', async () => {
    const response = await get('app://news-archive/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>News Archive</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['index.js', 'text/javascript; charset=utf-8'],
    ['index.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['blob.xyz', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://news-archive/assets/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404, still with the CSP, for missing files, folders and escapes', async () => {
    for (const url of ['app://news-archive/missing.js', 'app://news-archive/assets', 'app://news-archive/..%2f..%2fetc%2fpasswd']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CSP);
    }
  });

  it('answers 404 for another host, which would be another origin', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await serve(new Request('app://news-archive/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
