import { Agent, request } from 'undici';
import { AppError } from '../../../../shared/ipc/result';
import { blockedAddressError, isPublicAddress, literalAddress } from './addressPolicy';
import { Deadline } from './deadline';
import { explainFetchError, httpStatusError } from './fetchErrors';
import { DEFAULT_LIMITS, systemResolver, USER_AGENT, type FetchLimits, type FetchOptions } from './fetchOptions';
import { pinnedLookup } from './pinnedLookup';
import { readBody, tooLarge } from './readBody';
import { webUrl } from './webUrl';

/** What one kind of download wants: its Accept header, its size cap, and a look at the headers before the body. */
export interface Wanted {
  what: string;
  accept: string;
  maxBytes: (limits: FetchLimits) => number;
  /** Throws to refuse a response (wrong type, say) before its body is downloaded. */
  check: (contentType: string | null, url: URL) => void;
}

export interface FetchedBytes {
  requestedUrl: string;
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs `address` under the fetching rules of DESIGN.md §4, following redirects by hand so each hop is checked. */
export async function fetchBytes(address: string, wanted: Wanted, options: FetchOptions = {}): Promise<FetchedBytes> {
  let url = webUrl(address);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const allowLocal = options.allowLocalNetwork === true;
  const deadline = new Deadline(options.signal, limits);
  const agent = new Agent({ connect: { lookup: pinnedLookup(options.resolve ?? systemResolver, allowLocal), timeout: limits.firstByteMs } });
  try {
    for (let hops = 0; ; hops++) {
      const literal = literalAddress(url);
      if (literal && !allowLocal && !isPublicAddress(literal)) throw blockedAddressError(url.hostname, literal);
      const headers = { 'user-agent': USER_AGENT, accept: wanted.accept, 'accept-encoding': 'gzip, deflate, br' };
      const response = await deadline.firstByte(() => request(url, { dispatcher: agent, method: 'GET', headers, signal: deadline.signal }));
      const location = header(response.headers, 'location');
      if (REDIRECTS.has(response.statusCode) && location) {
        await response.body.dump();
        if (hops >= limits.redirects) throw new AppError('network', `${address} redirects more than ${limits.redirects} times.`);
        url = webUrl(location, url);
        continue;
      }
      if (response.statusCode >= 400) throw httpStatusError(response.statusCode, url);
      const contentType = header(response.headers, 'content-type');
      wanted.check(contentType, url);
      const maxBytes = wanted.maxBytes(limits);
      const what = `${wanted.what} at ${url.href}`;
      if (Number(header(response.headers, 'content-length') ?? 0) > maxBytes) throw tooLarge(what, maxBytes);
      const bytes = await readBody(response.body, header(response.headers, 'content-encoding') ?? undefined, maxBytes, what);
      return { requestedUrl: address, url: url.href, status: response.statusCode, contentType, bytes };
    }
  } catch (error) {
    throw deadline.error() ?? explainFetchError(error, url);
  } finally {
    deadline.dispose();
    await agent.destroy();
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
