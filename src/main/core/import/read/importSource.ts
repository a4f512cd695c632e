import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { importError } from '../importError';
import { megabytes, type ImportLimits } from '../importLimits';

/** One file to read an export from: on disk, or inflated out of a ZIP. */
export interface ImportSource {
  /** The file's name, or the entry's path inside its ZIP: what messages name. */
  name: string;
  /** The first bytes, enough to recognise the format by. */
  head(): Promise<Uint8Array>;
  /** The whole file as text (UTF-8, without a byte order mark). */
  text(): Promise<string>;
  /** The bytes as a stream, for CSV files too large to hold twice. */
  stream(): Readable;
}

export const HEAD_BYTES = 64 * 1024;

/** A file on disk, refused before reading when it is larger than any export should be. */
export async function fileSource(path: string, limits: ImportLimits): Promise<ImportSource> {
  const name = basename(path);
  const { size } = await stat(path);
  if (size > limits.fileBytes) throw importError({ file: name }, `The file is larger than ${megabytes(limits.fileBytes)}, more than any export we know.`);
  return {
    name,
    head: () => readHead(path),
    text: async () => decodeText(await readFile(path)),
    stream: () => createReadStream(path),
  };
}

export function bufferSource(name: string, bytes: Buffer): ImportSource {
  return {
    name,
    head: () => Promise.resolve(bytes.subarray(0, HEAD_BYTES)),
    text: () => Promise.resolve(decodeText(bytes)),
    stream: () => Readable.from([bytes]),
  };
}

/** UTF-8, which every export we read is written in; TextDecoder drops the byte order mark. */
export const decodeText = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
