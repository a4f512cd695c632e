import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src/main/ipc/dispatch';
import { startHarnessServer, type HarnessServer } from '../../../src/harness/harnessServer';
import { MAX_BODY_BYTES } from '../../../src/harness/readJsonBody';
import { tokenCookieName } from '../../../src/harness/sessionToken';
import { httpRequest } from './httpRequest';

let root: string;
let server: HarnessServer;
const calls: Array<{ channel: string; input: unknown }> = [];
const dispatch: Dispatch = async (channel, input) => {
  calls.push({ channel, input });
  return { ok: true, value: { echoed: input } };
};

beforeEach(async () => {
  calls.length = 0;
  root = await mkdtemp(join(tmpdir(), 'harness-server-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<html><head><script type="module" src="/assets/app.js"></script></head></html>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(root, 'bridge.js'), 'window.archive = {}');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  server = await startHarnessServer({ dispatch, rendererDir, bridgeFile: join(root, 'bridge.js') });
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const cookie = () => ({ cookie: `${tokenCookieName(server.port)}=${server.token}` });
const rpcHeaders = () => ({ ...cookie(), 'content-type': 'application/json', 'x-news-archive-rpc': '1' });
const call = (body: string, headers: Record<string, string> = rpcHeaders()) =>
  httpRequest(server.port, { method: 'POST', path: '/rpc/articles:list', headers, body });

describe('the harness server', () => {
  it('prints an address on loopback with a long random token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{43}$`));
  });

  it('trades the address token for an HttpOnly, SameSite=Strict cookie and a clean address', async () => {
    const response = await httpRequest(server.port, { path: `/?token=${server.token}` });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(response.headers['set-cookie'])).toMatch(/SameSite=Strict/);
  });

  it('refuses a wrong token in the address', async () => {
    expect((await httpRequest(server.port, { path: '/?token=guess' })).status).toBe(401);
  });

  it('refuses every request without the token', async () => {
    for (const path of ['/', '/assets/app.js', '/events', '/harness/bridge.js']) {
      expect((await httpRequest(server.port, { path })).status).toBe(401);
    }
    const rpc = await call('{"input":{}}', { 'content-type': 'application/json', 'x-news-archive-rpc': '1' });
    expect(rpc.status).toBe(401);
    expect(JSON.parse(rpc.body)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });

  it('refuses another Host even with the token (DNS rebinding)', async () => {
    for (const host of [`localhost:${server.port}`, `evil.example:${server.port}`, '127.0.0.1']) {
      const response = await httpRequest(server.port, { path: '/', headers: { ...cookie(), host } });
      expect(response.status).toBe(421);
    }
  });

  it('serves the page with the bridge script before the app and the app CSP', async () => {
    const response = await httpRequest(server.port, { path: '/', headers: cookie() });
    expect(response.status).toBe(200);
    expect(response.body.indexOf('/harness/bridge.js')).toBeLessThan(response.body.indexOf('/assets/app.js'));
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await httpRequest(server.port, { path, headers: cookie() });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    }
  });

  it('carries a well-formed call to the dispatcher and returns its Result', async () => {
    const response = await call('{"input":{"view":"all"}}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { echoed: { view: 'all' } } });
    expect(calls).toEqual([{ channel: 'articles:list', input: { view: 'all' } }]);
  });

  it.each([
    ['no custom header', () => ({ ...cookie(), 'content-type': 'application/json' }), 403],
    ['a form content type', () => ({ ...rpcHeaders(), 'content-type': 'text/plain' }), 415],
    ['a foreign Origin', () => ({ ...rpcHeaders(), origin: 'https://evil.example' }), 403],
  ])('refuses a call with %s', async (_case, headers, status) => {
    const response = await call('{"input":{}}', headers());
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('accepts its own Origin', async () => {
    expect((await call('{"input":{}}', { ...rpcHeaders(), origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses bodies that are not a JSON object, or too large', async () => {
    expect((await call('{not json')).status).toBe(400);
    expect((await call('[1]')).status).toBe(400);
    expect((await call(JSON.stringify({ input: 'x'.repeat(MAX_BODY_BYTES) }))).status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('answers calls only as POST', async () => {
    expect((await httpRequest(server.port, { path: '/rpc/articles:list', headers: rpcHeaders() })).status).toBe(405);
  });

  it('streams events to connected pages as Server-Sent Events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = get({ host: '127.0.0.1', port: server.port, path: '/events', headers: { ...cookie(), host: `127.0.0.1:${server.port}` } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes(': connected')) server.events.send('articles:changed', { ids: [], reason: 'created' });
          if (text.includes('data:')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    expect(await received).toContain('event: articles:changed\ndata: {"ids":[],"reason":"created"}\n\n');
  });
});
