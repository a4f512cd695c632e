import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSETS_PATH, withHarnessAssetUrls } from '../../../src/harness/harnessAssets';
import { startHarnessServer, type HarnessServer } from '../../../src/harness/harnessServer';
import { MAX_BODY_BYTES } from '../../../src/harness/readJsonBody';
import { tokenCookieName } from '../../../src/harness/sessionToken';
import type { Dispatch } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/createHandlers';
import { handlerDeps } from '../../support/handlerDeps';
import { fakeLibrary } from '../../support/fakeLibrary';
import { makeArticle } from '../../support/makeArticle';
import { httpRequest } from './httpRequest';

const ID = makeArticle(1).id;
let root: string;
let server: HarnessServer;
const dispatch: Dispatch = async (_channel, input) => ({ ok: true, value: { size: JSON.stringify(input).length } });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'harness-assets-'));
  await mkdir(join(root, 'renderer'));
  await mkdir(join(root, 'content', ID, 'images'), { recursive: true });
  await writeFile(join(root, 'content', ID, 'images', 'ab12.jpg'), 'JPEG');
  await writeFile(join(root, 'content', ID, 'text.txt'), 'text');
  await writeFile(join(root, 'bridge.js'), '');
  server = await startHarnessServer({ dispatch, rendererDir: join(root, 'renderer'), bridgeFile: join(root, 'bridge.js'), contentDir: join(root, 'content') });
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const cookie = () => ({ cookie: `${tokenCookieName(server.port)}=${server.token}` });
const get = (path: string, headers: Record<string, string> = cookie()) => httpRequest(server.port, { path, headers });

describe('saved images in the harness', () => {
  it('serves an article’s saved image with its type, behind the token', async () => {
    const response = await get(`${ASSETS_PATH}${ID}/images/ab12.jpg`);
    expect(response).toMatchObject({ status: 200, body: 'JPEG' });
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect((await get(`${ASSETS_PATH}${ID}/images/ab12.jpg`, {})).status).toBe(401);
  });

  it.each([`${ID}/text.txt`, `${ID}/images/`, `${ID}/images/..%2ftext.txt`, `${ID}`, 'not-an-id/images/ab12.jpg'])('answers 404 for %s', async (path) => {
    expect((await get(`${ASSETS_PATH}${path}`)).status).toBe(404);
  });

  it('points stored article HTML at the harness, changing nothing but the asset prefix', async () => {
    const library = fakeLibrary([makeArticle(1)]);
    library.articles.content = async (id) => ({ id, html: `<p>a</p><img src="archive-asset://${id}/images/ab12.jpg" alt="archive-asset://">`, text: 'a' });
    const handlers = withHarnessAssetUrls(createHandlers(handlerDeps({ library })), () => 'http://127.0.0.1:4321');
    expect((await handlers.articles.content({ id: ID })).html).toBe(
      `<p>a</p><img src="http://127.0.0.1:4321${ASSETS_PATH}${ID}/images/ab12.jpg" alt="http://127.0.0.1:4321${ASSETS_PATH}">`,
    );
  });
});

describe('call sizes', () => {
  const call = (channel: string, bytes: number) =>
    httpRequest(server.port, {
      method: 'POST',
      path: `/rpc/${channel}`,
      headers: { ...cookie(), 'content-type': 'application/json', 'x-news-archive-rpc': '1' },
      body: JSON.stringify({ input: { base64: 'A'.repeat(bytes) } }),
    });

  it('lets capture:start carry a dropped file far above the limit of other calls', async () => {
    expect((await call('capture:start', 4 * MAX_BODY_BYTES)).status).toBe(200);
    expect((await call('articles:list', 4 * MAX_BODY_BYTES)).status).toBe(413);
    expect((await call('capture:start', 33 * 1024 * 1024)).status).toBe(413);
  });
});
