import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../../../../src/main/core/capture/fetch/addressPolicy';
import { fetchPage } from '../../../../../../src/main/core/capture/fetch/fetchPage';
import type { ResolvedAddress } from '../../../../../../src/main/core/capture/fetch/fetchOptions';
import { pinnedLookup } from '../../../../../../src/main/core/capture/fetch/pinnedLookup';
import { send, startTestServer, type TestServer } from './testServer';

const resolvesTo =
  (...addresses: string[]) =>
  async (): Promise<ResolvedAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isPublicAddress', () => {
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5', '::ffff:93.184.216.34'])('lets %s through', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:192.168.0.1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('pinnedLookup', () => {
  const lookUp = (lookup: ReturnType<typeof pinnedLookup>, family = 0) =>
    new Promise<LookupAddress[]>((resolve, reject) =>
      lookup('news.test', { all: true, family }, (error, addresses) => (error ? reject(error) : resolve(addresses as LookupAddress[]))),
    );

  it('hands the connection only the public addresses it checked', async () => {
    const lookup = pinnedLookup(resolvesTo('10.0.0.7', '93.184.216.34', '::1', '2606:4700::1'), false);
    await expect(lookUp(lookup)).resolves.toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700::1', family: 6 },
    ]);
    await expect(lookUp(lookup, 6)).resolves.toEqual([{ address: '2606:4700::1', family: 6 }]);
  });

  it('refuses a host with only local addresses, unless the local network is allowed', async () => {
    await expect(lookUp(pinnedLookup(resolvesTo('192.168.0.10'), false))).rejects.toMatchObject({ code: 'blocked-address' });
    await expect(lookUp(pinnedLookup(resolvesTo('192.168.0.10'), true))).resolves.toEqual([{ address: '192.168.0.10', family: 4 }]);
  });

  it('answers single-address lookups too', async () => {
    const address = await new Promise((resolve) => pinnedLookup(resolvesTo('93.184.216.34'), false)('news.test', {}, (_error, found, family) => resolve([found, family])));
    expect(address).toEqual(['93.184.216.34', 4]);
  });
});

describe('fetching from the local network', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ '/': send('<p>local</p>') });
  });
  afterAll(() => server.close());

  it('is refused by default, and the message names the setting that allows it', async () => {
    for (const address of [server.url('/'), server.url('/', 'localhost'), server.url('/', '[::ffff:127.0.0.1]')]) {
      await expect(fetchPage(address)).rejects.toMatchObject({ code: 'blocked-address', message: expect.stringMatching(/"Allow the local network" is turned on in Settings/) });
    }
    expect(server.requests).toEqual([]);
  });

  it('is allowed when the user allows the local network', async () => {
    await expect(fetchPage(server.url('/'), { allowLocalNetwork: true })).resolves.toMatchObject({ text: '<p>local</p>' });
  });

  it('checks the addresses a host name resolves to, and connects to the one checked', async () => {
    await expect(fetchPage(server.url('/', 'intranet.test'), { resolve: resolvesTo('127.0.0.1') })).rejects.toMatchObject({
      code: 'blocked-address',
      message: expect.stringMatching(/^intranet\.test \(127\.0\.0\.1\)/),
    });
    await expect(fetchPage(server.url('/', 'intranet.test'), { resolve: resolvesTo('10.20.30.40') })).rejects.toMatchObject({ code: 'blocked-address' });
    const pinned = await fetchPage(server.url('/', 'news.test'), { resolve: resolvesTo('127.0.0.1'), allowLocalNetwork: true });
    expect(pinned).toMatchObject({ text: '<p>local</p>', url: server.url('/', 'news.test') });
  });
});
