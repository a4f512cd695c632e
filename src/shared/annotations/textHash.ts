import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The hash a highlight's text position is trusted over: `sha256:` and 64 lowercase hex digits of the
 * UTF-8 text. Synchronous and pure JavaScript, so the renderer and Node compute the same value.
 */
export function textHash(text: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
