import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { AppErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../lib/api';
import type { PagesSnapshot } from '../../lib/pagedList';
import { useLiveRefresh } from '../../lib/useLivePages';
import { createSearchPages, type SearchAsk, type SearchPages } from './searchPages';

const SEARCH_EVENTS = ['onArticlesChanged', 'onAnnotationsChanged', 'onTagsChanged'] as const;

const noSnapshot: PagesSnapshot = { total: null, error: null, version: 0 };
const noSubscription = () => () => undefined;

export interface SearchResults {
  /** The results on show: those of the latest search that answered; null before any did. */
  pages: SearchPages | null;
  snapshot: PagesSnapshot;
  /** The results on show belong to an earlier search (a newer one is on its way, or was refused). */
  stale: boolean;
  /** Why the latest search was refused (an 'invalid-query' says what to change). */
  problem: AppErrorInfo | null;
}

/**
 * The results of a search, kept live. Each search is its own paged list; the one on show changes
 * only when a newer one answers, and the older ones are no longer listened to, so a slow answer to
 * an outdated search can never replace a newer one.
 */
export function useSearchResults(ask: SearchAsk | null): SearchResults {
  const api = useApi();
  const askKey = ask && JSON.stringify(ask);
  const latest = useMemo(() => (askKey ? createSearchPages(api, JSON.parse(askKey) as SearchAsk) : null), [api, askKey]);
  const [shown, setShown] = useState<SearchPages | null>(null);
  const [problem, setProblem] = useState<AppErrorInfo | null>(null);
  useLiveRefresh(latest, SEARCH_EVENTS);

  // The box cleared: the next search starts afresh, not from the dimmed results of the last one.
  const [previous, setPrevious] = useState(latest);
  if (latest !== previous) {
    setPrevious(latest);
    if (!latest) setShown(null);
  }

  useEffect(() => {
    if (!latest) return;
    return latest.subscribe(() => {
      const { total, error } = latest.snapshot();
      setProblem(error);
      if (!error && total !== null) setShown(latest);
    });
  }, [latest]);

  const snapshot = useSyncExternalStore(shown?.subscribe ?? noSubscription, shown?.snapshot ?? (() => noSnapshot));
  return { pages: shown, snapshot, stale: shown !== latest, problem: latest ? problem : null };
}
