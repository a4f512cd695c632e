import { describe, expect, it, vi } from 'vitest';
import { createPagedList, PAGE_SIZE, type FetchPage, type ListAnswer } from '../../../../src/renderer/src/lib/pagedList';
import type { Article } from '../../../../src/shared/model/article';
import { makeArticle } from '../../../support/makeArticle';

/** A library of `count` articles behind a list call, which tests can change. */
function library(count: number) {
  let articles: Article[] = Array.from({ length: count }, (_, i) => makeArticle(i + 1));
  const fetchPage = vi.fn<FetchPage<ListAnswer<Article>>>(async (offset, limit) => ({ ok: true, value: { items: articles.slice(offset, offset + limit), total: articles.length } }));
  return { fetchPage, set: (next: Article[]) => (articles = next), get: () => articles };
}
const listOf = (fetchPage: FetchPage<ListAnswer<Article>>) => createPagedList(fetchPage, (article: Article) => article.id);
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('paged list', () => {
  it('fetches only the pages the rows on screen need, once each', async () => {
    const lib = library(1000);
    const pages = listOf(lib.fetchPage);
    pages.ensure(0, 20);
    pages.ensure(5, 30);
    await settle();
    expect(lib.fetchPage).toHaveBeenCalledTimes(1);
    expect(pages.snapshot().total).toBe(1000);
    expect(pages.itemAt(20)?.title).toBe('Story number 21');
    expect(pages.itemAt(PAGE_SIZE)).toBeUndefined();
    pages.ensure(PAGE_SIZE * 5 - 3, PAGE_SIZE * 5 + 3);
    await settle();
    expect(lib.fetchPage.mock.calls.map(([offset]) => offset)).toEqual([0, 4 * PAGE_SIZE, 5 * PAGE_SIZE]);
  });

  it('refreshes only the loaded pages, keeping the objects of items that did not change', async () => {
    const lib = library(300);
    const pages = listOf(lib.fetchPage);
    pages.ensure(0, 0);
    await settle();
    const untouched = pages.itemAt(1);
    lib.set(lib.get().map((article, i) => (i === 0 ? { ...article, starred: true, updatedAt: '2025-04-01T00:00:00.000Z' } : { ...article })).slice(0, 250));
    lib.fetchPage.mockClear();
    await pages.refresh();
    expect(lib.fetchPage.mock.calls).toEqual([[0, PAGE_SIZE]]);
    expect(pages.itemAt(0)?.starred).toBe(true);
    expect(pages.itemAt(1)).toBe(untouched);
    expect(pages.snapshot().total).toBe(250);
  });

  it('drops answers to a question asked before a refresh', async () => {
    const lib = library(10);
    let release!: () => void;
    const slow: FetchPage<ListAnswer<Article>> = (offset, limit) => new Promise((done) => (release = () => void lib.fetchPage(offset, limit).then(done)));
    const pages = listOf(slow);
    pages.ensure(0, 0);
    const stale = release;
    const refreshed = pages.refresh();
    release();
    await refreshed;
    lib.set([]);
    stale();
    await settle();
    expect(pages.snapshot().total).toBe(10);
  });

  it('answers a range once its pages are loaded, for a shift-click over rows never shown', async () => {
    const lib = library(500);
    const pages = listOf(lib.fetchPage);
    const rows = await pages.between(95, 205);
    expect(rows.map((article) => article.title)).toEqual(lib.get().slice(95, 206).map((article) => article.title));
    expect(pages.indexOf(lib.get()[150]!.id)).toBe(150);
  });
});
