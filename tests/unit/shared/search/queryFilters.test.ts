import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters } from '../../../../src/shared/search/queryFilters';

describe('hasFilters', () => {
  it('is false for no filters and true for any one of them', () => {
    expect(hasFilters(emptyFilters())).toBe(false);
    expect(hasFilters({ ...emptyFilters(), langs: ['en'] })).toBe(true);
    expect(hasFilters({ ...emptyFilters(), before: '2025-03-18' })).toBe(true);
  });
});
