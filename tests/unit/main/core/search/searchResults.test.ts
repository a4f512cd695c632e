import { describe, expect, it } from 'vitest';
import { SearchRequestSchema, type SearchRequest } from '../../../../../src/shared/model/search';
import { makeArticle, useSearchLibrary } from './searchLibrary';

const lib = useSearchLibrary();
const marked = (text: string, marks: [number, number][]) => marks.map(([start, end]) => text.slice(start, end));

describe('search results', () => {
  it('orders and counts the same whatever the page: each page is the slice of the whole list, typo matches after exact ones', async () => {
    const entries = Array.from({ length: 23 }, (_, n): [ReturnType<typeof makeArticle>, string] => [
      makeArticle(n + 1, { title: `Story ${n + 1}`, read: n % 4 === 0 }),
      n % 5 === 0 ? 'the ukrane border, misspelt' : `${'ukraine '.repeat(1 + (n % 7))}and more words ${'about other things '.repeat(n % 3)}`,
    ]);
    const library = await lib.add(...entries);
    for (const query of ['ukrane ', 'ukraine is:unread', 'ukr']) {
      const ask = (request: Partial<SearchRequest>) => library.search.query(SearchRequestSchema.parse({ query, ...request }));
      const whole = await ask({ limit: 500 });
      expect(whole.total).toBe(whole.items.length);
      for (const limit of [1, 4, 7]) {
        const pages = await Promise.all(Array.from({ length: Math.ceil(whole.total / limit) }, (_, page) => ask({ offset: page * limit, limit })));
        expect(pages.every((page) => page.total === whole.total)).toBe(true);
        expect(pages.flatMap((page) => page.items.map((hit) => [hit.article.id, hit.score]))).toEqual(whole.items.map((hit) => [hit.article.id, hit.score]));
      }
    }
    const typos = await library.search.query(SearchRequestSchema.parse({ query: 'ukrane ', limit: 500 }));
    expect(typos.items.slice(0, 5).every((hit) => hit.score >= 1)).toBe(true);
    expect(typos.items.slice(5).every((hit) => hit.score < 1)).toBe(true);
  });

  it('filters by the articles as they are now: a change since the last search counts', async () => {
    const library = await lib.add([makeArticle(1, { title: 'One' }), 'ceasefire news'], [makeArticle(2, { title: 'Two' }), 'ceasefire again']);
    expect((await lib.titles('ceasefire is:unread')).sort()).toEqual(['One', 'Two']);
    await library.articles.setState([makeArticle(1).id], { read: true });
    expect(await lib.titles('ceasefire is:unread')).toEqual(['Two']);
    expect(await lib.titles('ceasefire is:highlighted')).toEqual([]);
    await library.annotations.addHighlight({ articleId: makeArticle(2).id, color: 'yellow', target: { quote: { type: 'TextQuoteSelector', exact: 'again', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 15 }, textHash: `sha256:${'0'.repeat(64)}` } });
    expect(await lib.titles('ceasefire is:highlighted')).toEqual(['Two']);
  });

  it('matches a word typed with punctuation (covid-1) as a phrase whose last word is a prefix, and marks its words', async () => {
    const library = await lib.add(
      [makeArticle(1, { title: 'Cases' }), 'New covid-19 cases were counted.'],
      [makeArticle(2, { title: 'Apart' }), 'Covid was mentioned; 19 people came.'],
    );
    expect(await lib.titles('covid-1')).toEqual(['Cases']);
    expect(await lib.titles('covid-19 ')).toEqual(['Cases']);
    const [hit] = (await library.search.query(SearchRequestSchema.parse({ query: 'covid-1' }))).items;
    expect(marked(hit!.snippet!.text, hit!.snippet!.marks)).toEqual(['covid', '19']);
  });

  it('gives an article that matched in its title alone the start of its body, unmarked, as its passage', async () => {
    const library = await lib.add([makeArticle(1, { title: 'Harbour strike ends' }), 'Dockers went back to work on Monday.\nThe port reopened.']);
    const [hit] = (await library.search.query(SearchRequestSchema.parse({ query: 'harbour' }))).items;
    expect(marked(hit!.article.title, hit!.titleMarks)).toEqual(['Harbour']);
    expect(hit!.snippet).toEqual({ field: 'body', text: 'Dockers went back to work on Monday.…', marks: [] });
  });
});
