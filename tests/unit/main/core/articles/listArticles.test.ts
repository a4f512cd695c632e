import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../../../src/main/core/articles/listArticles';
import { createSortedOrders } from '../../../../../src/main/core/articles/sortedOrders';
import type { Article } from '../../../../../src/shared/model/article';
import { ArticleQuerySchema, type ArticleQuery } from '../../../../../src/shared/model/articleQuery';
import { makeArticle } from '../support/fixtures';

const articles = [
  makeArticle(1, { title: 'banana', readingMinutes: 5, publishedAt: null }),
  makeArticle(2, { title: 'Apple', readingMinutes: 5, read: true }),
  makeArticle(3, { title: 'cherry', readingMinutes: 2, starred: true, archived: true, tags: ['fruit', 'fruity'] }),
  makeArticle(4, { title: 'apple 10', readingMinutes: 9, trashedAt: '2025-03-20T00:00:00.000Z', starred: true }),
  makeArticle(5, { title: 'apple 9', readingMinutes: 1, siteName: null, tags: ['food', 'Fruit/apples'] }),
];
const index = new Map(articles.map((article) => [article.id, article]));
const orders = createSortedOrders(index);
const list = (query: ArticleQuery) => listArticles(ArticleQuerySchema.parse(query), index, orders, new Map());
const numbers = (page: { items: Article[] }) => page.items.map((article) => Number(article.id.slice(-4)));

describe('listArticles', () => {
  it('filters by view', () => {
    expect(numbers(list({ view: 'unread', sort: 'title', direction: 'asc' }))).toEqual([5, 1]);
    expect(numbers(list({ view: 'all', sort: 'title', direction: 'asc' }))).toEqual([2, 5, 1, 3]);
    expect(numbers(list({ view: 'starred' }))).toEqual([3]);
    expect(numbers(list({ view: 'archive' }))).toEqual([3]);
    expect(numbers(list({ view: 'trash' }))).toEqual([4]);
  });

  it('sorts both ways with ties broken by id, and values that are missing last', () => {
    expect(numbers(list({ view: 'all', sort: 'readingMinutes', direction: 'asc' }))).toEqual([5, 3, 1, 2]);
    expect(numbers(list({ view: 'all', sort: 'readingMinutes', direction: 'desc' }))).toEqual([2, 1, 3, 5]);
    expect(numbers(list({ view: 'all', sort: 'publishedAt', direction: 'desc' }))).toEqual([5, 3, 2, 1]);
    expect(numbers(list({ view: 'all', sort: 'siteName', direction: 'asc' }))).toEqual([2, 1, 3, 5]);
    expect(numbers(list({ view: 'all', sort: 'savedAt', direction: 'desc' }))).toEqual([5, 3, 2, 1]);
  });

  it('filters by site and pages with offset and limit, reporting the total', () => {
    expect(numbers(list({ view: 'all', site: 'Other Daily', sort: 'title', direction: 'asc' }))).toEqual([1, 3]);
    const page = list({ view: 'all', sort: 'title', direction: 'asc', offset: 1, limit: 2 });
    expect(numbers(page)).toEqual([5, 1]);
    expect(page.total).toBe(4);
  });

  it('filters by tags whatever their case, a parent including its children but not a longer name', () => {
    expect(numbers(list({ view: 'all', tags: ['FRUIT'] }))).toEqual([5, 3]);
    expect(numbers(list({ view: 'all', tags: ['fruit/apples'] }))).toEqual([5]);
    expect(numbers(list({ view: 'all', tags: ['fruity'] }))).toEqual([3]);
    expect(numbers(list({ view: 'all', tags: ['fruit'], site: 'Other Daily' }))).toEqual([3]);
    expect(numbers(list({ view: 'all', tags: ['food'] }))).toEqual([5]);
  });

  it('filters by any of several tags, or by all of them', () => {
    expect(numbers(list({ view: 'all', tags: ['food', 'fruity'] }))).toEqual([5, 3]);
    expect(numbers(list({ view: 'all', tags: ['food', 'fruity'], tagMode: 'all' }))).toEqual([]);
    expect(numbers(list({ view: 'all', tags: ['food', 'fruit'], tagMode: 'all' }))).toEqual([5]);
  });

  it('counts each tag filter apart, whatever the order and case of its tags', () => {
    const counts = new Map<string, number>();
    const count = (query: ArticleQuery) => listArticles(ArticleQuerySchema.parse(query), index, orders, counts).total;
    expect(count({ view: 'all', tags: ['food', 'fruity'] })).toBe(2);
    expect(count({ view: 'all', tags: ['food', 'fruity'], tagMode: 'all' })).toBe(0);
    expect(counts.size).toBe(2);
    expect(count({ view: 'all', tags: ['Fruity', 'FOOD'] })).toBe(2);
    expect(counts.size).toBe(2);
  });

  it('rebuilds an order only when invalidated', () => {
    const extra = makeArticle(6, { title: 'aardvark' });
    index.set(extra.id, extra);
    expect(numbers(list({ view: 'all', sort: 'title', direction: 'asc' }))[0]).toBe(2);
    orders.invalidate();
    expect(numbers(list({ view: 'all', sort: 'title', direction: 'asc' }))[0]).toBe(6);
    index.delete(extra.id);
    orders.invalidate();
  });

  it('answers a later page from the remembered count, scanning only up to the page', () => {
    const counts = new Map<string, number>();
    const query = ArticleQuerySchema.parse({ view: 'all', sort: 'title', direction: 'asc', limit: 2 });
    expect(listArticles(query, index, orders, counts)).toMatchObject({ total: 4 });
    counts.set(JSON.stringify(['all', null, null]), 99); // what a remembered count says wins until cleared
    expect(numbers(listArticles({ ...query, offset: 2 }, index, orders, counts))).toEqual([1, 3]);
    expect(listArticles(query, index, orders, counts).total).toBe(99);
  });
});

describe('sorted orders', () => {
  it('put a new article where a full sort would, in every order built so far', () => {
    const live = new Map(index);
    const kept = createSortedOrders(live);
    const keys = ['savedAt', 'publishedAt', 'title', 'siteName', 'readingMinutes'] as const;
    for (const key of keys) kept.get(key);
    for (const added of [makeArticle(6, { title: 'Apple 9', publishedAt: null, siteName: null }), makeArticle(7, { title: 'zebra', readingMinutes: 5 })]) {
      live.set(added.id, added);
      kept.insert(added);
    }
    const rebuilt = createSortedOrders(live);
    for (const key of keys) expect(kept.get(key)).toEqual(rebuilt.get(key));
  });
});
