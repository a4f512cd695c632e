import { useMemo } from 'react';
import type { ArticleQuery } from '../../../../shared/model/articleQuery';
import { useApi } from '../../lib/api';
import type { PagesSnapshot } from '../../lib/pagedList';
import { useLivePages } from '../../lib/useLivePages';
import { createArticlePages, type ArticlePages } from './articlePages';

export type ListQuery = Omit<ArticleQuery, 'offset' | 'limit'>;

/**
 * The rows of a list query, fetched page by page as they are needed, and refreshed (only the pages
 * already loaded) whenever the library reports a change to articles or to their highlights.
 */
export function useArticlePages(query: ListQuery): { pages: ArticlePages; snapshot: PagesSnapshot } {
  const api = useApi();
  const { view, sort, direction, site, tags, tagMode } = query;
  // The tag list is compared by value: a new array with the same tags is the same question.
  const tagKey = JSON.stringify(tags ?? []);
  const pages = useMemo(
    () =>
      createArticlePages((offset, limit) =>
        api.articles.list({ view, sort, direction, site, tags: JSON.parse(tagKey) as string[], tagMode, offset, limit }),
      ),
    [api, view, sort, direction, site, tagKey, tagMode],
  );
  const snapshot = useLivePages(pages);
  return { pages, snapshot };
}
