import { crc32 } from 'node:zlib';

/**
 * A record file ends with a checksum of everything before it: `…,"integrity":"crc32:1a2b3c4d"}`.
 * A file whose seal holds is exactly as this app wrote it, after validating what it wrote, so reading
 * it need not run the schema over every record again (the largest cost of opening a big library).
 * Anything else (an older unsealed file, a hand edit, a flipped bit) gets the full check.
 */
const SEAL = /^,"integrity":"crc32:([0-9a-f]{8})"\}$/;
const SEAL_LENGTH = ',"integrity":"crc32:00000000"}'.length;

const checksum = (text: string) => crc32(text).toString(16).padStart(8, '0');

/** Seals the JSON text of an object that has at least one property. */
export function sealJson(json: string): string {
  if (!json.startsWith('{') || !json.endsWith('}') || json === '{}') throw new Error('Only a non-empty JSON object can be sealed.');
  return `${json.slice(0, -1)},"integrity":"crc32:${checksum(json)}"}`;
}

/** Whether the text carries a seal that matches it. */
export function sealHolds(text: string): boolean {
  // The seal is a fixed-length tail: look there only, never scan a megabyte-long file for it.
  const end = text.trimEnd();
  const match = SEAL.exec(end.slice(-SEAL_LENGTH));
  return match !== null && checksum(`${end.slice(0, -SEAL_LENGTH)}}`) === match[1];
}

/** The parsed object without its seal property. */
export function withoutSeal(object: Record<string, unknown>): Record<string, unknown> {
  const { integrity: _seal, ...rest } = object;
  return rest;
}
