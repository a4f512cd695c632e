import { describe, expect, it } from 'vitest';
import type { SearchField } from '../../../../../src/shared/model/search';
import { createFilterMemo } from '../../../../../src/main/core/search/filterMemo';
import { RANKED_AT_ONCE, rankedRows } from '../../../../../src/main/core/search/rankedRows';
import { openIndexDatabase } from '../../../../../src/main/core/search/searchDatabase';
import { createSearchIndex } from '../../../../../src/main/core/search/searchIndex';

const EMPTY: Record<SearchField, string> = { title: '', authors: '', site: '', tags: '', highlights: '', notes: '', body: '' };
const score = (rank: number) => 1 - rank;

/** More articles than are ranked at once: every body says "conference", one in 100 titles too. */
function bigIndex() {
  const index = createSearchIndex(openIndexDatabase(':memory:'));
  const count = RANKED_AT_ONCE + 500;
  index.write(
    Array.from({ length: count }, (_, n) => ({
      id: `a${n}`,
      signature: '',
      columns: { ...EMPTY, title: n % 100 === 0 ? `conference ${'day '.repeat(n % 7)}` : 'news', body: `the conference ${'and more words '.repeat(n % 13)}` },
    })),
  );
  return { index, count };
}

describe('ranking many matches', () => {
  it('counts every match, puts those in the short fields first, and ranks the rest only for a page reaching them', () => {
    const { index, count } = bigIndex();
    const passes = (rowid: number) => rowid % 3 !== 0;
    const all = index.ranked('"conf"*').filter(([rowid]) => passes(rowid));
    const inTitle = new Set(index.ranked('{title} : "conf"*').map(([rowid]) => rowid));
    const expression = { expression: '"conf"*', cheapToCount: true };

    const page = rankedRows(index, expression, passes, 10, score);
    expect(page.total).toBe(all.length);
    expect(page.best.every(([rowid]) => inTitle.has(rowid))).toBe(true);

    const deep = rankedRows(index, expression, passes, count, score);
    expect(deep.total).toBe(all.length);
    expect(new Set(deep.best.map(([rowid]) => rowid))).toEqual(new Set(all.map(([rowid]) => rowid)));
    const titled = [...inTitle].filter(passes).length;
    expect(deep.best.slice(0, titled).every(([rowid]) => inTitle.has(rowid))).toBe(true);
    const rest = deep.best.slice(titled);
    expect(rest.map(([, s]) => s)).toEqual(rest.map(([, s]) => s).sort((a, b) => b - a));
    expect(deep.best.slice(0, 10)).toEqual(page.best);
  });

  it('ranks all matches by bm25 when they are few, or when counting them costs as much as ranking', () => {
    const { index } = bigIndex();
    const passes = () => true;
    const full = index.ranked('"conf"*').map(([rowid, rank]) => [rowid, score(rank)]).sort((a, b) => b[1]! - a[1]!);
    const page = rankedRows(index, { expression: '"conf"*', cheapToCount: false }, passes, 20, score);
    expect(page).toEqual({ total: full.length, best: full.slice(0, 20) });
    const few = rankedRows(index, { expression: '"day"', cheapToCount: true }, passes, 5, score);
    expect(few.total).toBe(index.count('"day"'));
  });
});

describe('remembered filters', () => {
  it('judges each row once per set of filters, until cleared', () => {
    const memo = createFilterMemo();
    const asked: number[] = [];
    const even = (rowid: number) => (asked.push(rowid), rowid % 2 === 0);
    const test = memo.remembered('even', even);
    expect([2, 3, 2, 3, 5000].map(test)).toEqual([true, false, true, false, true]);
    expect(asked).toEqual([2, 3, 5000]);
    expect(memo.remembered('even', even)(3)).toBe(false);
    expect(asked).toEqual([2, 3, 5000]);
    memo.clear();
    expect(memo.remembered('even', even)(3)).toBe(false);
    expect(asked).toEqual([2, 3, 5000, 3]);
  });
});
