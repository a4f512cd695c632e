import { useMemo } from 'react';
import type { HighlightColor, HighlightListItem, HighlightPage } from '../../../../shared/model/annotation';
import { useApi } from '../../lib/api';
import { createPagedList, type PagedList, type PagesSnapshot } from '../../lib/pagedList';
import { useLivePages } from '../../lib/useLivePages';

export interface HighlightFilter {
  colors: HighlightColor[];
  tags: string[];
  site: string | undefined;
}

export type HighlightPages = PagedList<HighlightListItem, HighlightPage>;

/**
 * Every highlight matching the filter, newest first, fetched page by page as the list needs them;
 * refreshed when highlights change, and when articles do (a title edited, an article trashed).
 */
export function useHighlightPages(filter: HighlightFilter): { pages: HighlightPages; snapshot: PagesSnapshot } {
  const api = useApi();
  // Compared by value: a new object with the same choices is the same question.
  const filterKey = JSON.stringify(filter);
  const pages = useMemo(() => {
    const { colors, tags, site } = JSON.parse(filterKey) as HighlightFilter;
    return createPagedList<HighlightListItem, HighlightPage>(
      (offset, limit) => api.annotations.list({ colors, tags, site, offset, limit }),
      (item) => item.highlight.id,
    );
  }, [api, filterKey]);
  const snapshot = useLivePages(pages);
  return { pages, snapshot };
}
