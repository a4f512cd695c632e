import { describe, expect, it } from 'vitest';
import { boundedEditDistance, contextSimilarity, editDistance } from '../../../../src/shared/annotations/similarity';

describe('similarity', () => {
  it('measures the Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('bounds the distance without changing it when it is within the limit', () => {
    const pairs = [['the river rose', 'the river rose overnight'], ['kitten', 'sitting'], ['abcdef', 'fedcba'], ['', 'ab']] as const;
    for (const [a, b] of pairs) {
      for (const limit of [0, 1, 3, 10, 30]) expect(boundedEditDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
    }
  });

  it('lets words inserted beside a quote cost only their own length, whatever lies beyond', () => {
    expect(contextSimilarity('closed the bridge ', 'Floodwater closed the bridge ', 'before')).toBe(1);
    expect(contextSimilarity('closed the bridge ', 'closed the old bridge ', 'before')).toBeCloseTo(1 - 4 / 18);
    expect(contextSimilarity(' on Tuesday', ' on Tuesday, the council said', 'after')).toBe(1);
    expect(contextSimilarity(' on Tuesday', ' early on Tuesday', 'after')).toBeCloseTo(1 - 6 / 11);
  });
});
