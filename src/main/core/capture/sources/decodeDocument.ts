import { charsetFor, decodeWith } from './charsetLabel';
import { detectCharset, isClearlyUtf8 } from './detectCharset';

export interface DecodedDocument {
  text: string;
  charset: string;
  /** Where the charset came from, in the order they are tried. */
  from: 'bom' | 'header' | 'meta' | 'detected';
}

/** How far into a page its `<meta charset>` is looked for: the head's first lines, not the whole page. */
const PRESCAN_BYTES = 8192;

/**
 * A page's bytes as Unicode: the byte-order mark first, then the Content-Type charset, then (for HTML)
 * `<meta charset>`, `http-equiv` or the XML declaration near the top, then detection. A declaration that
 * valid multi-byte UTF-8 contradicts is passed over: archives are read long after the server that declared it.
 */
export function decodeDocument(bytes: Uint8Array, contentType: string | null, options: { html?: boolean } = {}): DecodedDocument {
  const chosen: Omit<DecodedDocument, 'text'> =
    byteOrderMark(bytes) ??
    trusted(declared(charsetFor(contentTypeCharset(contentType)), 'header') ?? (options.html === false ? null : declared(metaCharset(bytes), 'meta')), bytes) ?? {
      charset: detectCharset(bytes),
      from: 'detected',
    };
  return { text: decodeWith(bytes, chosen.charset), ...chosen };
}

/** A declaration, unless the bytes are plainly UTF-8 and it says otherwise (a page re-saved as UTF-8 keeps its old <meta>). */
function trusted(declaration: Omit<DecodedDocument, 'text'> | null, bytes: Uint8Array): Omit<DecodedDocument, 'text'> | null {
  if (!declaration || declaration.charset === 'utf-8' || declaration.charset.startsWith('utf-16')) return declaration;
  return isClearlyUtf8(bytes) ? null : declaration;
}

export function contentTypeCharset(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2] ?? null;
}

function byteOrderMark(bytes: Uint8Array): Omit<DecodedDocument, 'text'> | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', from: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', from: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', from: 'bom' };
  return null;
}

function declared(charset: string | null, from: 'header' | 'meta'): Omit<DecodedDocument, 'text'> | null {
  return charset ? { charset, from } : null;
}

/** A charset declared in the markup. Such a declaration can only be read in an ASCII-compatible charset, so "UTF-16" there means UTF-8. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const label =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:+-]+)/i.exec(head)?.[1];
  const charset = charsetFor(label);
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}
