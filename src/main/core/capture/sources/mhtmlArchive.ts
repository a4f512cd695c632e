import { AppError } from '../../../../shared/ipc/result';
import type { PageResource } from '../types';
import { webAddress } from './savedPageAddress';

export interface MhtmlArchive {
  /** The page itself: the archive's first HTML part. */
  html: { bytes: Uint8Array; contentType: string | null };
  /** Where the page was saved from: its Content-Location, else the snapshot's. */
  url: string | null;
  /** Every other part, keyed by its Content-Location (and `cid:` address when it has a Content-ID). */
  resources: Map<string, PageResource>;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/**
 * Reads a single-file web archive as browsers save it (MIME multipart/related, RFC 2557). Bytes are handled as
 * latin1 strings, one character per byte, so binary parts survive until decoded. A focused parser rather than a
 * mail parser: mail readers merge every HTML part into one and hand back decoded strings, losing the page's own bytes.
 */
export function parseMhtml(bytes: Uint8Array, name: string): MhtmlArchive {
  const archive = parsePart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  const boundary = parameter(archive.headers.get('content-type'), 'boundary');
  const parts = boundary ? splitParts(archive.body, boundary) : [];
  const page = parts.find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (!page) throw new AppError('unreadable-file', `${name} is not a web page archive: it holds no HTML page.`);

  const resources = new Map<string, PageResource>();
  for (const part of parts) {
    if (part === page) continue;
    const resource = { bytes: decodeBody(part), contentType: part.headers.get('content-type') ?? null };
    const location = part.headers.get('content-location');
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (location) resources.set(normalized(location), resource);
    if (id) resources.set(`cid:${id}`, resource);
  }
  return {
    html: { bytes: decodeBody(page), contentType: page.headers.get('content-type') ?? null },
    url: webAddress(page.headers.get('content-location')) ?? webAddress(archive.headers.get('snapshot-content-location')),
    resources,
  };
}

function parsePart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const headers = new Map<string, string>();
  // Folded header lines continue on lines that start with white space.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end ? text.slice(end.index + end[0].length) : '' };
}

function splitParts(body: string, boundary: string): Part[] {
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  const parts: Part[] = [];
  let start: number | null = null;
  for (const match of body.matchAll(delimiter)) {
    if (start !== null) parts.push(parsePart(body.slice(start, match.index).replace(/^\r?\n/, '')));
    if (match[1]) break;
    start = match.index + match[0].length;
  }
  return parts;
}

function decodeBody(part: Part): Uint8Array {
  const encoding = part.headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body, 'base64');
  if (encoding === 'quoted-printable') return Buffer.from(decodeQuotedPrintable(part.body), 'latin1');
  return Buffer.from(part.body, 'latin1');
}

function decodeQuotedPrintable(body: string): string {
  // Trailing white space is transport padding; "=" at a line's end joins it to the next (a soft break).
  return body
    .replace(/[ \t]+(?=\r?\n|$)/g, '')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The address as the page's own links resolve to it, so lookups by resolved address find it. */
function normalized(location: string): string {
  try {
    return new URL(location).href;
  } catch {
    return location;
  }
}

function parameter(headerValue: string | undefined, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headerValue ?? '');
  return match ? (match[1] ?? match[2] ?? null) : null;
}
