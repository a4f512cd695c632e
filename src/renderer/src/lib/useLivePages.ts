import { useEffect, useSyncExternalStore } from 'react';
import { useApi } from './api';
import type { PagedList, PagesSnapshot } from './pagedList';

/** Changes often come in bursts (an import, a bulk action): one refresh after the burst settles. */
export const REFRESH_DELAY_MS = 120;

/**
 * Keeps a paged list of the library live: loads its first page, and refreshes the pages already
 * loaded once a burst of changes to articles or their highlights (from this window or anywhere
 * else) has settled.
 */
export function useLivePages(pages: Pick<PagedList<unknown>, 'ensure' | 'refresh' | 'subscribe' | 'snapshot'>): PagesSnapshot {
  const api = useApi();
  useEffect(() => {
    pages.ensure(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void pages.refresh(), REFRESH_DELAY_MS);
    };
    const stops = [api.onArticlesChanged(refreshSoon), api.onAnnotationsChanged(refreshSoon)];
    return () => {
      clearTimeout(timer);
      stops.forEach((stop) => stop());
    };
  }, [api, pages]);
  return useSyncExternalStore(pages.subscribe, pages.snapshot);
}
