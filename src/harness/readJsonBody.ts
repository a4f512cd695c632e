import type { IncomingMessage } from 'node:http';
import type { Refusal } from './requestGuard';

/** Far above any call of the contract; a larger body is refused, not buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

const tooLarge = (limit: number): JsonBody => ({
  ok: false,
  refusal: { status: 413, code: 'invalid-input', message: `A call may send at most ${limit} bytes.` },
});

/**
 * Reads a request body of at most `limit` bytes and parses it as JSON. Past the limit the rest is
 * drained unread (destroying the request would cut the connection before the 413 is sent).
 */
export function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<JsonBody> {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    request.resume();
    return Promise.resolve(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () => {
      if (size > limit) return resolve(tooLarge(limit));
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        resolve({ ok: false, refusal: { status: 400, code: 'invalid-input', message: 'The call was not valid JSON.' } });
      }
    });
  });
}
