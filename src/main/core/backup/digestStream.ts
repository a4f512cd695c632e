import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

export interface DigestStream {
  /** Passes the bytes through unchanged, counting and hashing them. */
  readonly stream: Transform;
  /** The size and SHA-256 (hex) of what passed through; complete once the stream has ended. */
  result(): { size: number; sha256: string };
}

export function digestStream(): DigestStream {
  const hash = createHash('sha256');
  let size = 0;
  let sha256: string | undefined;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return {
    stream,
    result: () => ({ size, sha256: (sha256 ??= hash.digest('hex')) }),
  };
}
