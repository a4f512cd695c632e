import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../../../../shared/ipc/result';

/**
 * Reads a response body, undoing its Content-Encoding, and stops with 'too-large' as soon as the DECODED
 * bytes pass `maxBytes`: a small compressed body can expand enormously, and a cut-off page must never pass for whole.
 */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, what: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  // pipeline() destroys the whole chain when one stream fails or the loop below stops early; a failure
  // also reaches the loop through the last stream, so the callbacks need not report it again.
  const decoded = decoders(contentEncoding).reduce<Readable>((source, decoder) => pipeline(source, decoder, () => undefined), body);
  for await (const chunk of decoded as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(what, maxBytes);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

export function tooLarge(what: string, maxBytes: number): AppError {
  return new AppError('too-large', `The ${what} is larger than ${megabytes(maxBytes)}, the most that is saved.`);
}

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Decoders for "gzip, br" and the like, in the order they must be undone (the last coding applied first). */
function decoders(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
    if (coding === 'deflate') return createInflate();
    if (coding === 'br') return createBrotliDecompress();
    throw new AppError('network', `The server sent data compressed as "${coding}", which cannot be read.`);
  });
}
