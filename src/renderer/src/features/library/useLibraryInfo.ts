import { useCallback, useEffect } from 'react';
import type { LibraryInfo } from '../../../../shared/model/libraryInfo';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** Where the library lives, how many articles it holds and what it repaired on opening. */
export function useLibraryInfo(): Query<LibraryInfo> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.library.info(), [api]));
  const { reload } = query;
  // The article count feeds the welcome screen, so it follows the library's changes.
  useEffect(() => api.onArticlesChanged(reload), [api, reload]);
  return query;
}
