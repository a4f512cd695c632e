import { useCallback, useEffect } from 'react';
import type { OutputOf } from '../../../../shared/ipc/contract';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

export type SiteCounts = OutputOf<'articles', 'sites'>;

/** The library's sites with their article counts, for the site filter; kept current with the library. */
export function useSites(): Query<SiteCounts> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.articles.sites(), [api]));
  const { reload } = query;
  useEffect(() => api.onArticlesChanged(reload), [api, reload]);
  return query;
}
