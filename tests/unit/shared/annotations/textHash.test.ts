import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../../../src/shared/annotations/textHash';

describe('textHash', () => {
  it('gives the SHA-256 of the UTF-8 text (known vectors)', () => {
    expect(textHash('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(textHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes non-ASCII text as UTF-8, as Node does', () => {
    const text = 'Zürich — 東京 🙂\nnext line';
    expect(textHash(text)).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
  });
});
