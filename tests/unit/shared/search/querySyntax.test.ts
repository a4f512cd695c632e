import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, hasFilters } from '../../../../src/shared/search/queryFilters';
import { parseQuery } from '../../../../src/shared/search/parseQuery';
import { QUERY_SYNTAX } from '../../../../src/shared/search/querySyntax';
import { READ_STATES } from '../../../../src/shared/search/searchQuery';

describe('QUERY_SYNTAX', () => {
  it.each(QUERY_SYNTAX.map((entry) => [entry.example, entry]))('%s parses to something to search for', (example) => {
    const result = parseQuery(`${example} `);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { must, not, filters } = result.query;
    expect(must.length + not.length > 0 || hasFilters(filters)).toBe(true);
  });

  it('explains every filter the parser knows', () => {
    for (const key of FILTER_KEYS) expect(QUERY_SYNTAX.some((entry) => entry.syntax.startsWith(`${key}:`))).toBe(true);
  });

  it('lists every state is: takes', () => {
    const is = QUERY_SYNTAX.find((entry) => entry.syntax.startsWith('is:'))!;
    for (const state of READ_STATES) expect(is.meaning.toLowerCase()).toContain(state);
  });
});
