import { useCallback, useEffect } from 'react';
import type { ArticlePage, LibraryView } from '../../../../shared/model/articleQuery';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** The articles of one library view, newest saved first, fetched again whenever the library changes. */
export function useArticles(view: LibraryView): Query<ArticlePage> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.articles.list({ view }), [api, view]));
  const { reload } = query;
  useEffect(() => api.onArticlesChanged(reload), [api, reload]);
  return query;
}
