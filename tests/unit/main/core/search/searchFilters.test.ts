import { describe, expect, it } from 'vitest';
import { newHighlight } from '../../../../support/makeHighlight';
import { makeArticle, useSearchLibrary } from './searchLibrary';

const lib = useSearchLibrary();

const seed = () =>
  lib.add(
    [makeArticle(1, { title: 'Alpha', tags: ['Ukraine/ceasefire'], siteName: 'NDTV', url: 'https://www.ndtv.com/a', authors: ['Zoë Smith'], lang: 'en-GB', publishedAt: '2025-03-10T08:00:00.000Z', savedAt: '2025-03-20T08:00:00.000Z' }), 'war news'],
    [makeArticle(2, { title: 'Beta', tags: ['ukraine'], siteName: 'Reuters', url: 'https://uk.reuters.com/b', authors: ['Ann Lee'], lang: 'fr', publishedAt: null, savedAt: '2025-03-18T12:00:00.000Z', read: true, starred: true }), 'war news'],
    [makeArticle(3, { title: 'Gamma', tags: ['russia'], siteName: null, url: 'https://news.example.com/c', authors: [], lang: null, publishedAt: '2025-03-19T08:00:00.000Z', savedAt: '2025-03-01T08:00:00.000Z', archived: true, read: true }), 'war news'],
  );

describe('search filters', () => {
  it('filters by tag with its children, site name or host, author and language', async () => {
    await seed();
    const sorted = async (query: string) => (await lib.titles(query)).sort();
    expect(await sorted('war tag:ukraine')).toEqual(['Alpha', 'Beta']);
    expect(await sorted('war tag:ukraine/ceasefire')).toEqual(['Alpha']);
    expect(await sorted('war tag:ukraine tag:russia')).toEqual([]);
    expect(await sorted('war site:ndtv.com')).toEqual(['Alpha']);
    expect(await sorted('war site:reuters')).toEqual(['Beta']);
    expect(await sorted('war site:example.com')).toEqual(['Gamma']);
    expect(await sorted('war author:zoe')).toEqual(['Alpha']);
    expect(await sorted('war lang:en')).toEqual(['Alpha']);
    expect(await sorted('war lang:en-gb')).toEqual(['Alpha']);
  });

  it('filters by state, highlights included, and by published (else saved) date', async () => {
    const library = await seed();
    await library.annotations.addHighlight(newHighlight(makeArticle(3).id));
    const sorted = async (query: string) => (await lib.titles(query, { view: 'all' })).sort();
    expect(await sorted('war is:unread')).toEqual(['Alpha']);
    expect(await sorted('war is:read is:starred')).toEqual(['Beta']);
    expect(await sorted('war is:archived')).toEqual(['Gamma']);
    expect(await sorted('war is:highlighted')).toEqual(['Gamma']);
    expect(await sorted('war before:2025-03-18')).toEqual(['Alpha']);
    expect(await sorted('war after:2025-03-18')).toEqual(['Gamma']);
    expect(await sorted('war after:2025-03-17 before:2025-03-19')).toEqual(['Beta']);
  });

  it("combines with the library's views, and sorts by relevance or any library sort", async () => {
    const library = await seed();
    expect((await lib.titles('war', { view: 'unread' })).sort()).toEqual(['Alpha']);
    expect((await lib.titles('war', { view: 'starred' })).sort()).toEqual(['Beta']);
    expect(await lib.titles('war', { view: 'all', sort: 'title', direction: 'desc' })).toEqual(['Gamma', 'Beta', 'Alpha']);
    expect(await lib.titles('war', { view: 'all', sort: 'savedAt', direction: 'asc' })).toEqual(['Gamma', 'Beta', 'Alpha']);
    await library.articles.trash([makeArticle(1).id]);
    expect(await lib.titles('war', { view: 'trash' })).toEqual(['Alpha']);
    expect((await lib.titles('war', { view: 'all' })).sort()).toEqual(['Beta', 'Gamma']);
  });

  it('lists the filtered articles of a query without words, newest saved first for relevance, and pages them', async () => {
    await seed();
    expect(await lib.titles('tag:ukraine', { view: 'all' })).toEqual(['Alpha', 'Beta']);
    expect(await lib.titles('', { view: 'all' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await lib.titles('', { view: 'all', sort: 'title', direction: 'asc', offset: 1, limit: 1 })).toEqual(['Beta']);
  });
});
