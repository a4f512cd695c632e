import { useCallback, useEffect } from 'react';
import type { TagNode } from '../../../../shared/model/tag';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** The library's tags as a tree with counts, reloaded when tags or the articles carrying them change. */
export function useTagTree(): Query<TagNode[]> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.tags.tree(), [api]));
  const { reload } = query;
  useEffect(() => {
    const offTags = api.onTagsChanged(reload);
    const offArticles = api.onArticlesChanged(reload);
    return () => {
      offTags();
      offArticles();
    };
  }, [api, reload]);
  return query;
}
