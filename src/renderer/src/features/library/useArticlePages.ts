import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ArticleQuery } from '../../../../shared/model/articleQuery';
import { useApi } from '../../lib/api';
import { createArticlePages, type ArticlePages, type PagesSnapshot } from './articlePages';

/** Changes often come in bursts (an import, a bulk action): one refresh after the burst settles. */
export const REFRESH_DELAY_MS = 120;

export type ListQuery = Omit<ArticleQuery, 'offset' | 'limit'>;

/**
 * The rows of a list query, fetched page by page as they are needed, and refreshed (only the pages
 * already loaded) whenever the library reports a change, from this window or anywhere else.
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

  useEffect(() => {
    pages.ensure(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api.onArticlesChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void pages.refresh(), REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api, pages]);

  const snapshot = useSyncExternalStore(pages.subscribe, pages.snapshot);
  return { pages, snapshot };
}
