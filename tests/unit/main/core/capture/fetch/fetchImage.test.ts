import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage } from '../../../../../../src/main/core/capture/fetch/fetchImage';
import { AVIF, GIF, JPEG, PNG, SVG, WEBP } from '../sources/samples';
import { redirect, send, startTestServer, type TestServer } from './testServer';

const local = { allowLocalNetwork: true, limits: { imageBytes: 1024 } };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    '/photo.png': send(PNG, { 'content-type': 'image/png' }),
    '/photo.jpg': send(PNG, { 'content-type': 'image/jpeg' }),
    '/picture': send(JPEG, { 'content-type': 'text/plain' }),
    '/anim.gif': send(GIF, {}),
    '/modern.webp': send(WEBP, { 'content-type': 'image/webp' }),
    '/modern.avif': send(AVIF, { 'content-type': 'image/avif' }),
    '/logo.png': send(SVG, { 'content-type': 'image/png' }),
    '/logo.svg': send(SVG, { 'content-type': 'image/svg+xml' }),
    '/page.jpg': send('<html><body>Not found</body></html>', { 'content-type': 'image/jpeg' }),
    '/big.png': send(Buffer.concat([PNG, Buffer.alloc(2048)]), { 'content-type': 'image/png' }),
    '/moved.png': redirect('/photo.png'),
    '/gone.png': send('', { 'content-type': 'image/png' }, 404),
  });
});
afterAll(() => server.close());

describe('fetchImage', () => {
  it.each([
    ['/photo.png', 'image/png', 'png'],
    ['/photo.jpg', 'image/png', 'png'],
    ['/picture', 'image/jpeg', 'jpg'],
    ['/anim.gif', 'image/gif', 'gif'],
    ['/modern.webp', 'image/webp', 'webp'],
    ['/modern.avif', 'image/avif', 'avif'],
    ['/moved.png', 'image/png', 'png'],
  ])('types %s by its bytes as %s', async (path, mime, ext) => {
    const image = await fetchImage(server.url(path), local);
    expect(image).toMatchObject({ mime, ext });
    expect(image.bytes.length).toBeGreaterThan(0);
  });

  it('asks for images', async () => {
    await fetchImage(server.url('/photo.png?accept'), local);
    expect(server.requests.find((request) => request.path === '/photo.png?accept')!.headers.accept).toMatch(/^image\/avif/);
  });

  it.each([
    ['/logo.png', /\(image\/svg\+xml\)/],
    ['/logo.svg', /\(image\/svg\+xml\)/],
    ['/page.jpg', /not a recognised format/],
  ])('refuses %s whatever its name and header say', async (path, found) => {
    await expect(fetchImage(server.url(path), local)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(found) });
  });

  it('stops an image over the image cap', async () => {
    await expect(fetchImage(server.url('/big.png'), local)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/image at .*big\.png is larger than 1 KB/) });
  });

  it('follows the same rules as pages', async () => {
    await expect(fetchImage(server.url('/gone.png'), local)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/404/) });
    await expect(fetchImage(server.url('/photo.png'))).rejects.toMatchObject({ code: 'blocked-address' });
    await expect(fetchImage('data:image/png;base64,AAAA', local)).rejects.toMatchObject({ code: 'unsupported-url' });
  });
});
