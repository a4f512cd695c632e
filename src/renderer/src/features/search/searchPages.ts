import type { Api } from '../../../../shared/ipc/contract';
import type { Article } from '../../../../shared/model/article';
import type { ResolvedSearchRequest, SearchHit } from '../../../../shared/model/search';
import { createPagedList, type PagedList } from '../../lib/pagedList';
import type { ArticleAnswer } from '../library/articlePages';

/** The query, view and order of a search; its pages are fetched as the list scrolls. */
export type SearchAsk = Omit<ResolvedSearchRequest, 'offset' | 'limit'>;

/** One page of results in the library list's shape (its articles), with each row's hit beside it. */
export interface SearchAnswer extends ArticleAnswer {
  hits: readonly SearchHit[];
  tookMs: number;
}

/**
 * Results per fetch: fewer than the library's pages, because each result brings a snippet that main
 * reads from the article's text (about two screens of rows).
 */
const SEARCH_PAGE_SIZE = 30;

/** A search's results, and the search they answer. */
export type SearchPages = PagedList<Article, SearchAnswer> & { ask: SearchAsk };

/** Search results as a paged list of articles, so the library's list, selection and keys work on them unchanged. */
export function createSearchPages(api: Api, ask: SearchAsk): SearchPages {
  const pages = createPagedList<Article, SearchAnswer>(async (offset, limit) => {
    const result = await api.search.query({ ...ask, offset, limit });
    if (!result.ok) return result;
    const { items, total, highlightCounts, tookMs } = result.value;
    return { ok: true, value: { items: items.map((hit) => hit.article), hits: items, total, highlightCounts, tookMs } };
  }, (article) => article.id, SEARCH_PAGE_SIZE);
  return { ...pages, ask };
}

/** The hit of the result in a row, once its page is loaded. */
export function hitAt(pages: SearchPages, index: number): SearchHit | undefined {
  return pages.answerAt(index)?.hits[index % pages.pageSize];
}
