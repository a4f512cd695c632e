import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as AddressPolicy from '../../../../../../src/main/core/capture/fetch/addressPolicy';
import { fetchPage } from '../../../../../../src/main/core/capture/fetch/fetchPage';
import { redirect, send, startTestServer, type TestServer } from './testServer';

// The only server a test may reach is on this computer, which the default rules refuse. To see each redirect
// checked again, 127.0.0.1 itself passes for public here while every other local address stays refused.
vi.mock('../../../../../../src/main/core/capture/fetch/addressPolicy', async (importActual) => {
  const actual = await importActual<typeof AddressPolicy>();
  return { ...actual, isPublicAddress: (address: string) => address === '127.0.0.1' || actual.isPublicAddress(address) };
});

let server: TestServer;
const resolve = async (hostname: string) => [{ address: hostname === 'public.test' ? '127.0.0.1' : '192.168.1.20', family: 4 as const }];

beforeAll(async () => {
  server = await startTestServer({
    '/article': send('<p>public</p>'),
    '/to-loopback': redirect('/article'),
    '/to-private': redirect('http://10.0.0.1/admin'),
    '/to-other-loopback': (request, response) => redirect(`http://127.0.0.2:${server.port}/article`)(request, response),
    '/to-mapped': (request, response) => redirect(`http://[::ffff:192.168.1.1]:${server.port}/article`)(request, response),
    '/to-rebound-name': (request, response) => redirect(`http://intranet.test:${server.port}/article`)(request, response),
  });
});
afterAll(() => server.close());

describe('redirects under the default rules', () => {
  it('follows a redirect to an allowed address', async () => {
    await expect(fetchPage(server.url('/to-loopback'), { resolve })).resolves.toMatchObject({ text: '<p>public</p>' });
  });

  it.each(['/to-private', '/to-other-loopback', '/to-mapped', '/to-rebound-name'])('checks the target of %s again and refuses it', async (path) => {
    const reached = () => server.requests.filter((request) => request.path === '/article').length;
    const before = reached();
    await expect(fetchPage(server.url(path), { resolve })).rejects.toMatchObject({ code: 'blocked-address' });
    expect(reached()).toBe(before);
  });

  it('refuses a public-looking name that resolves to a local address', async () => {
    await expect(fetchPage(server.url('/article', 'intranet.test'), { resolve })).rejects.toMatchObject({ code: 'blocked-address' });
  });
});
