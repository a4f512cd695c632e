import { createHash } from 'node:crypto';

/** A name-based UUID (RFC 9562 version 5, in our own namespace): the same name always gives the same id. */
export function nameUuid(name: string): string {
  const hex = createHash('sha1').update(`news-archive:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
