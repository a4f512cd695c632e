import chardet from 'chardet';
import { charsetFor } from './charsetLabel';

/** Enough of a page to tell its charset, without scanning megabytes. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * The charset of bytes that do not declare one. Valid UTF-8 is UTF-8 (that includes plain ASCII);
 * ASCII-heavy UTF-16 shows itself by its zero bytes; the rest is chardet's guess, with ISO-8859-1 read
 * as windows-1252 as browsers do. With no guess at all: UTF-8.
 */
export function detectCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (isUtf8(sample)) return 'utf-8';
  return utf16ByZeros(sample) ?? charsetFor(chardet.detect(sample)) ?? 'utf-8';
}

/**
 * Whether bytes are UTF-8 beyond doubt: valid, with multi-byte characters in them. Text in another
 * charset almost never passes, so this outweighs a declaration left over from when a page was re-saved.
 */
export function isClearlyUtf8(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return sample.some((byte) => byte >= 0x80) && isUtf8(sample);
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    // The sample may end inside a character: `stream` keeps that tail from counting as an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: sample.length === SAMPLE_BYTES });
    return true;
  } catch {
    return false;
  }
}

/** Markup and Latin text in UTF-16 put a zero byte in every other place: the high byte of each character. */
function utf16ByZeros(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
