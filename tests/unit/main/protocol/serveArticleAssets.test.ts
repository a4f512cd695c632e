import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArticleAssets } from '../../../../src/main/protocol/serveArticleAssets';

const ID = '0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5c';
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'article-assets-'));
  const content = join(root, 'content');
  await mkdir(join(content, ID, 'images', 'nested'), { recursive: true });
  await mkdir(join(content, OTHER, 'images'), { recursive: true });
  await writeFile(join(content, ID, 'images', 'a1.png'), 'PNG');
  await writeFile(join(content, ID, 'images', 'b2.jpg'), 'JPG');
  await writeFile(join(content, ID, 'images', 'c3.svg'), '<svg onload="alert(1)"/>');
  await writeFile(join(content, ID, 'images', 'nested', 'd4.png'), 'PNG');
  await writeFile(join(content, ID, 'article.html'), '<p>article</p>');
  await writeFile(join(content, OTHER, 'images', 'e5.png'), 'PNG');
  await writeFile(join(root, 'secret.png'), 'SECRET');
  await symlink(join(root, 'secret.png'), join(content, ID, 'images', 'link.png'));
  serve = serveArticleAssets(content);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('serveArticleAssets', () => {
  it.each([
    ['a1.png', 'image/png', 'PNG'],
    ['b2.jpg', 'image/jpeg', 'JPG'],
  ])('serves a saved image (%s) with its type and nosniff', async (file, type, body) => {
    const response = await get(`archive-asset://${ID}/images/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    [`archive-asset://${ID}/article.html`, 'a file outside images/'],
    [`archive-asset://${ID}/images/`, 'a folder'],
    [`archive-asset://${ID}/images`, 'a folder without slash'],
    [`archive-asset://${ID}/images/nested/d4.png`, 'a nested path'],
    [`archive-asset://${ID}/images/c3.svg`, 'an SVG'],
    [`archive-asset://${ID}/images/missing.png`, 'a missing image'],
    [`archive-asset://${ID}/images/link.png`, 'a symlink leading out'],
    [`archive-asset://${ID}/images/..%2f..%2fsecret.png`, 'an encoded separator'],
    [`archive-asset://${ID}/images/%2e%2e`, 'an encoded parent'],
    [`archive-asset://${OTHER}/images/a1.png`, 'another article’s name for the file'],
    ['archive-asset://not-an-id/images/a1.png', 'a host that is no article id'],
    [`archive-asset://0190a1b2-c3d4-4e5f-8a9b-000000000000/images/a1.png`, 'an article with no folder'],
  ])('answers 404 for %s (%s)', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('answers only GET', async () => {
    expect((await get(`archive-asset://${ID}/images/a1.png`, 'POST')).status).toBe(405);
  });
});
