import iconv from 'iconv-lite';

/**
 * Labels that the web (the WHATWG Encoding Standard) reads as a wider charset than their name: pages labelled
 * ISO-8859-1 or ASCII are really windows-1252 in practice, and so on. Keys are lower-case labels.
 */
const WEB_READING: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  'utf-16': 'utf-16le',
  gb2312: 'gbk',
  'ks_c_5601-1987': 'euc-kr',
};

/** The charset a label names, as it is decoded on the web; null for a label no decoder here knows. */
export function charsetFor(label: string | null | undefined): string | null {
  const key = label?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!key) return null;
  const charset = WEB_READING[key] ?? key;
  return canDecode(charset) ? charset : null;
}

/** Decodes with iconv-lite, or with the platform's TextDecoder for the few charsets iconv-lite lacks (ISO-2022-JP). */
export function decodeWith(bytes: Uint8Array, charset: string): string {
  if (iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, { stripBOM: true });
  return new TextDecoder(charset).decode(bytes);
}

function canDecode(charset: string): boolean {
  if (iconv.encodingExists(charset)) return true;
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}
