import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_MAX } from '../../../../src/shared/model/search';
import { parseQuery } from '../../../../src/shared/search/parseQuery';
import type { SearchQuery, SearchTerm } from '../../../../src/shared/search/searchQuery';

const word = (text: string, prefix = false): SearchTerm => ({ kind: 'word', text, prefix });
const phrase = (...words: string[]): SearchTerm => ({ kind: 'phrase', words });

function parsed(input: string): SearchQuery {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`${input}: ${result.problem.message}`);
  return result.query;
}

function problem(input: string) {
  const result = parseQuery(input);
  if (result.ok) throw new Error(`${input} parsed`);
  return result.problem;
}

describe('parseQuery: words and phrases', () => {
  it('needs every bare word, each in a group of its own', () => {
    expect(parsed('ceasefire gaza talks ').must).toEqual([[word('ceasefire')], [word('gaza')], [word('talks')]]);
  });

  it('keeps words as typed and splits them where the index does', () => {
    expect(parsed('Café  Zürich\t').must).toEqual([[word('Café')], [word('Zürich')]]);
  });

  it('reads a quoted phrase as its words, in order', () => {
    expect(parsed('"Peace talks, in Doha" ').must).toEqual([[phrase('Peace', 'talks', 'in', 'Doha')]]);
  });

  it('searches a word joined by punctuation as the phrase of its parts', () => {
    expect(parsed("covid-19 o'brien U.S. ndtv.com ").must).toEqual([
      [phrase('covid', '19')],
      [phrase('o', 'brien')],
      [phrase('U', 'S')],
      [phrase('ndtv', 'com')],
    ]);
  });

  it('searches a run of CJK characters as the phrase of its characters', () => {
    expect(parsed('東京タワー 서울 ').must).toEqual([[phrase('東', '京', 'タ', 'ワ', 'ー')], [phrase('서', '울')]]);
    expect(parsed('中 ').must).toEqual([[word('中')]]);
  });

  it('reads Cyrillic, Greek and Devanagari words whole', () => {
    expect(parsed('Київ Αθήνα नमस्ते ').must).toEqual([[word('Київ')], [word('Αθήνα')], [word('नमस्ते')]]);
  });

  it('ignores what has no words: punctuation alone, empty quotes, a lone dash', () => {
    expect(parsed('& "" - — gaza ').must).toEqual([[word('gaza')]]);
  });

  it('parses an empty query to nothing', () => {
    expect(parsed('   ')).toEqual(parsed(''));
    expect(parsed('')).toMatchObject({ must: [], not: [] });
  });

  it('reads words with a colon that are not filters as words', () => {
    expect(parsed('10:30 Ukraine: war https://ndtv.com ').must).toEqual([
      [phrase('10', '30')],
      [word('Ukraine')],
      [word('war')],
      [phrase('https', 'ndtv', 'com')],
    ]);
  });

  it('starts a phrase at a quote inside a word', () => {
    expect(parsed('say"no more"').must).toEqual([[word('say')], [phrase('no', 'more')]]);
  });
});

describe('parseQuery: the word being typed', () => {
  it('matches the last bare word as a prefix while the query does not end in a space', () => {
    expect(parsed('gaza cease').must).toEqual([[word('gaza')], [word('cease', true)]]);
    expect(parsed('gaza cease ').must).toEqual([[word('gaza')], [word('cease')]]);
    expect(parsed('gaza cease\n').must).toEqual([[word('gaza')], [word('cease')]]);
  });

  it('prefixes a joined word being typed as a phrase whose last word is a prefix', () => {
    expect(parsed('covid-1').must).toEqual([[{ kind: 'phrase', words: ['covid', '1'], prefix: true }]]);
  });

  it('never prefixes a quoted phrase, an excluded word or a word before a filter', () => {
    expect(parsed('"peace talk"').must).toEqual([[phrase('peace', 'talk')]]);
    expect(parsed('gaza -trump').not).toEqual([word('trump')]);
    expect(parsed('gaza tag:x').must).toEqual([[word('gaza')]]);
  });
});

describe('parseQuery: exclusions', () => {
  it('leaves out words and phrases after a dash', () => {
    const query = parsed('election -poll -"opinion piece" ');
    expect(query.must).toEqual([[word('election')]]);
    expect(query.not).toEqual([word('poll'), phrase('opinion', 'piece')]);
  });

  it('allows a query of exclusions only: every article without them', () => {
    expect(parsed('-sport ')).toMatchObject({ must: [], not: [word('sport')] });
  });

  it('reads a dash inside a word as part of the word', () => {
    expect(parsed('covid-19 ').not).toEqual([]);
  });
});

describe('parseQuery: OR', () => {
  it('binds tighter than the implicit AND', () => {
    expect(parsed('a b OR c d ').must).toEqual([[word('a')], [word('b'), word('c')], [word('d')]]);
  });

  it('chains into one group and takes phrases', () => {
    expect(parsed('gaza OR rafah OR "khan younis"').must).toEqual([
      [word('gaza'), word('rafah'), phrase('khan', 'younis')],
    ]);
  });

  it('is an operator only in capitals', () => {
    expect(parsed('war or peace ').must).toEqual([[word('war')], [word('or')], [word('peace')]]);
    expect(parsed('war "OR" peace ').must).toEqual([[word('war')], [phrase('OR')], [word('peace')]]);
  });
});

describe('parseQuery: filters', () => {
  it('reads each filter, its key in any case', () => {
    const query = parsed('TAG:ukraine Site:ndtv.com author:"Jane Doe" is:Unread is:starred before:2025-03-18 after:2024-12-31 LANG:EN');
    expect(query.filters).toEqual({
      tags: ['ukraine'],
      sites: ['ndtv.com'],
      authors: ['Jane Doe'],
      is: ['unread', 'starred'],
      before: '2025-03-18',
      after: '2024-12-31',
      langs: ['en'],
    });
    expect(query.must).toEqual([]);
  });

  it('takes tag paths and quoted tag names', () => {
    expect(parsed('tag:world/ukraine tag:"cease fire"').filters.tags).toEqual(['world/ukraine', 'cease fire']);
  });

  it('keeps all of several values once each, and the stricter of two dates', () => {
    const query = parsed('tag:a tag:b tag:a before:2025-05-01 before:2025-03-01 after:2024-01-01 after:2024-06-01');
    expect(query.filters).toMatchObject({ tags: ['a', 'b'], before: '2025-03-01', after: '2024-06-01' });
  });

  it('accepts a leap day', () => {
    expect(parsed('before:2024-02-29').filters.before).toBe('2024-02-29');
  });

  it('mixes filters with words, and a word after a quoted value', () => {
    const query = parsed('gaza tag:"cease fire"talks is:read');
    expect(query.must).toEqual([[word('gaza')], [word('talks')]]);
    expect(query.filters).toMatchObject({ tags: ['cease fire'], is: ['read'] });
  });
});

describe('parseQuery: problems', () => {
  it.each([
    ['"peace talks', 'This quote is never closed: add a " where the phrase ends.', 0],
    ['gaza tag:"cease fire', 'This quote is never closed: add a " where the phrase ends.', 9],
    ['tag: gaza', 'tag: needs something after the colon, like tag:ukraine.', 0],
    ['gaza site:""', 'site: needs something after the colon, like site:ndtv.com.', 5],
    ['is:', 'is: needs something after the colon, like is:unread.', 0],
    ['is:new', 'is: can be unread, read, starred, archived or highlighted, not "new".', 3],
    ['before:yesterday', 'before: needs a date like 2025-03-18 (year-month-day).', 7],
    ['after:18/03/2025', 'after: needs a date like 2025-03-18 (year-month-day).', 6],
    ['before:2025-02-29', 'There is no 2025-02-29: before: needs a real date, like 2025-03-18.', 7],
    ['after:2025-13-01', 'There is no 2025-13-01: after: needs a real date, like 2025-03-18.', 6],
    [
      'after:2025-03-18 before:2025-03-01',
      'No day is both after 2025-03-18 and before 2025-03-01: make the after: date earlier or the before: date later.',
      17,
    ],
    ['-tag:sport', 'A filter cannot be excluded: remove the "-" before tag:.', 0],
    ['OR gaza', 'OR goes between two words or phrases: put one before it.', 0],
    ['gaza OR', 'OR goes between two words or phrases: add one after it.', 5],
    ['gaza OR & ', 'OR goes between two words or phrases: add one after it.', 5],
    ['gaza OR OR rafah', 'OR twice in a row: put a word or phrase between them.', 8],
    ['gaza OR tag:x', 'OR joins words and phrases, not filters such as tag:.', 8],
    ['is:read OR gaza', 'OR joins words and phrases, not filters such as is:.', 0],
    ['gaza OR -rafah', 'OR joins words and phrases, not excluded ones: put the "-" word outside the OR.', 8],
    ['-gaza OR rafah', 'OR joins words and phrases, not excluded ones: put the "-" word outside the OR.', 0],
  ])('%s', (input, message, at) => {
    expect(problem(input)).toEqual({ message, at });
  });

  it('allows dates with a day between them, and not without', () => {
    expect(parsed('after:2025-03-17 before:2025-03-19').filters).toMatchObject({ after: '2025-03-17' });
    expect(problem('before:2025-03-18 after:2025-03-17').at).toBe(18);
  });

  it('names the known filters for an unknown one, and suggests the closest', () => {
    expect(problem('gaza foo:bar')).toEqual({
      message:
        'There is no filter "foo:". Filters are tag:, site:, author:, is:, before:, after:, lang:. To search for the text itself, put it in quotes: "foo:bar".',
      at: 5,
    });
    expect(problem('tags:ukraine').message).toContain('(did you mean "tag:"?)');
    expect(problem('-Language:en').message).toContain('(did you mean "lang:"?)');
    expect(problem('aut:smith').message).toContain('(did you mean "author:"?)');
  });

  it('refuses a query that is too long, pointing where it stops', () => {
    expect(parseQuery('a '.repeat(SEARCH_QUERY_MAX / 2)).ok).toBe(true);
    expect(problem('a'.repeat(SEARCH_QUERY_MAX + 1))).toEqual({
      message: `This search is too long: it can have at most ${SEARCH_QUERY_MAX} characters.`,
      at: SEARCH_QUERY_MAX,
    });
  });
});

describe('parseQuery: robustness', () => {
  // A small seeded generator, so a failure can be replayed from its seed.
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }
  const PIECES = ['"', '-', ':', ' ', 'OR', 'tag', 'is', 'before', 'after', '2025-03-18', 'a', 'é', '東', '\u0301', '\ud83d', '/', '\t', 'x:', 'OR ', '""'];

  it('never throws, and every problem points inside the query', () => {
    const next = random(7);
    for (let run = 0; run < 5000; run++) {
      const length = Math.floor(next() * 20);
      const input = Array.from({ length }, () =>
        next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)]! : String.fromCharCode(Math.floor(next() * 0x3100)),
      ).join('');
      const result = parseQuery(input);
      if (!result.ok) {
        expect(result.problem.message, input).not.toBe('');
        expect(result.problem.at, input).toBeGreaterThanOrEqual(0);
        expect(result.problem.at, input).toBeLessThanOrEqual(input.length);
      } else {
        for (const group of result.query.must) expect(group.length, input).toBeGreaterThan(0);
      }
    }
  });

  it('parses a typical query in well under a millisecond', () => {
    const input = 'ceasefire "peace talks" gaza OR rafah -opinion tag:world/middle-east site:ndtv.com is:unread after:2025-01-01 negoti';
    parseQuery(input);
    const start = performance.now();
    for (let run = 0; run < 1000; run++) parseQuery(input);
    expect((performance.now() - start) / 1000).toBeLessThan(0.5);
  });
});
