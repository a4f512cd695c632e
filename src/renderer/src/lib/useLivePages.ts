import { useEffect, useSyncExternalStore } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import { useApi } from './api';
import type { PagedList, PagesSnapshot } from './pagedList';

/** Changes often come in bursts (an import, a bulk action): one refresh after the burst settles. */
export const REFRESH_DELAY_MS = 120;

type LivePages = Pick<PagedList<unknown>, 'ensure' | 'refresh' | 'subscribe' | 'snapshot'>;

/** The library's events a list can depend on; tags matter to a search (`tag:` includes a renamed tag's articles). */
export type LiveEvent = 'onArticlesChanged' | 'onAnnotationsChanged' | 'onTagsChanged';

const ARTICLE_EVENTS: readonly LiveEvent[] = ['onArticlesChanged', 'onAnnotationsChanged'];

/**
 * Loads the first page of a paged list (if any), and refreshes the pages already loaded once a
 * burst of the given changes (from this window or anywhere else) has settled.
 */
export function useLiveRefresh(pages: LivePages | null, events: readonly LiveEvent[] = ARTICLE_EVENTS): void {
  const api = useApi();
  const eventKey = events.join();
  useEffect(() => {
    if (!pages) return;
    pages.ensure(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void pages.refresh(), REFRESH_DELAY_MS);
    };
    const stops = (eventKey.split(',') as LiveEvent[]).map((event) => (api[event] as Api['onTagsChanged'])(refreshSoon));
    return () => {
      clearTimeout(timer);
      stops.forEach((stop) => stop());
    };
  }, [api, pages, eventKey]);
}

/** Keeps a paged list of the library live (useLiveRefresh) and answers its state. */
export function useLivePages(pages: LivePages): PagesSnapshot {
  useLiveRefresh(pages);
  return useSyncExternalStore(pages.subscribe, pages.snapshot);
}
