import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../../../../src/main/core/capture/fetch/fetchPage';
import { send, startTestServer, type TestServer } from './testServer';

const KB = 1024;
const limits = { firstByteMs: 300, totalMs: 1_000, pageBytes: 64 * KB };
const local = { allowLocalNetwork: true, limits };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    '/silent': () => undefined,
    '/trickle': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('<p>more</p>'), 50);
      response.on('close', () => clearInterval(timer));
    },
    '/huge': send(Buffer.alloc(200 * KB, 'a'), { 'content-type': 'text/html' }),
    '/huge-chunked': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20; i++) response.write(Buffer.alloc(10 * KB, 'b'));
      response.end();
    },
    '/bomb': send(gzipSync(Buffer.alloc(10 * 1024 * KB)), { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    '/just-fits': send(Buffer.alloc(64 * KB, 'c'), { 'content-type': 'text/html' }),
  });
});
afterAll(() => server.close());

describe('fetchPage limits', () => {
  it('gives up on a server that does not answer in time', async () => {
    await expect(fetchPage(server.url('/silent'), local)).rejects.toMatchObject({ code: 'timeout', message: 'The server did not answer within 0.3 seconds.' });
  });

  it('gives up on a download that does not finish in time', async () => {
    await expect(fetchPage(server.url('/trickle'), local)).rejects.toMatchObject({ code: 'timeout', message: 'The download did not finish within 1 second.' });
  });

  it('stops a page over the size cap instead of cutting it off', async () => {
    for (const path of ['/huge', '/huge-chunked']) {
      await expect(fetchPage(server.url(path), local)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/larger than 64 KB/) });
    }
  });

  it('caps the decoded size, so a small compressed body cannot expand past it', async () => {
    await expect(fetchPage(server.url('/bomb'), local)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('keeps a page of exactly the cap', async () => {
    await expect(fetchPage(server.url('/just-fits'), local)).resolves.toMatchObject({ bytes: expect.objectContaining({ length: 64 * KB }) });
  });

  it('stops when cancelled, while waiting or while downloading', async () => {
    for (const path of ['/silent', '/trickle']) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      await expect(fetchPage(server.url(path), { ...local, signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    }
    await expect(fetchPage(server.url('/just-fits'), { ...local, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
