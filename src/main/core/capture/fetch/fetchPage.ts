import { decodeDocument } from '../sources/decodeDocument';
import { sniffContent } from '../sources/sniffContent';
import type { RawPage } from '../types';
import { fetchBytes } from './fetchBytes';
import type { FetchOptions } from './fetchOptions';
import { notAnArticle, pageKind } from './pageKind';

const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/markdown;q=0.8,text/plain;q=0.7,*/*;q=0.1';

/** Downloads a page under the fetching rules of DESIGN.md §4 and decodes it to Unicode. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<RawPage> {
  const fetched = await fetchBytes(url, { what: 'page', accept: ACCEPT, maxBytes: (limits) => limits.pageBytes, check: pageKind }, options);
  const finalUrl = new URL(fetched.url);
  const kind = pageKind(fetched.contentType, finalUrl);
  // A label can lie: a PDF or a picture served as text/html is still not a page.
  const found = await sniffContent(fetched.bytes);
  if (found && found.ext !== 'xml') throw notAnArticle(finalUrl, found.mime);
  return {
    rawKind: kind.rawKind,
    format: kind.format,
    bytes: fetched.bytes,
    text: decodeDocument(fetched.bytes, fetched.contentType, { html: kind.format === 'html' }).text,
    url: fetched.url,
    baseUrl: fetched.url,
    source: 'url',
    requestedUrl: fetched.requestedUrl,
    httpStatus: fetched.status,
    contentType: fetched.contentType,
    fileName: null,
    resources: new Map(),
  };
}
