import { useCallback, useEffect } from 'react';
import type { SavedSearch } from '../../../../shared/model/search';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** The saved searches, kept current with the library (saved or deleted here, in another window or from the CLI). */
export function useSavedSearches(): Query<SavedSearch[]> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.search.saved(), [api]));
  const { reload } = query;
  useEffect(() => api.onSavedSearchesChanged(reload), [api, reload]);
  return query;
}
