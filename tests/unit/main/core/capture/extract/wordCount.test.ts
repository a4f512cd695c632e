import { describe, expect, it } from 'vitest';
import { readingStats, textTokens } from '../../../../../../src/main/core/capture/extract/wordCount';

describe('word counting', () => {
  it('counts words, and Chinese and Japanese by character', () => {
    expect(textTokens("It's 2024 — don't stop.")).toEqual(["it's", '2024', "don't", 'stop']);
    expect(textTokens('東京の天気 is fine')).toEqual(['東', '京', 'の', '天', '気', 'is', 'fine']);
  });

  it('reads at 230 words a minute, at least one minute for any text', () => {
    expect(readingStats('')).toEqual({ wordCount: 0, readingMinutes: 0 });
    expect(readingStats('word')).toEqual({ wordCount: 1, readingMinutes: 1 });
    expect(readingStats('word '.repeat(231))).toEqual({ wordCount: 231, readingMinutes: 2 });
  });
});
