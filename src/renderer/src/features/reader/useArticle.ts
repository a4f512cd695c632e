import { useCallback, useEffect } from 'react';
import type { Article, ArticleId } from '../../../../shared/model/article';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** One article's record, fetched again whenever that article changes (its state, its progress). */
export function useArticle(id: ArticleId): Query<Article> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.articles.get({ id }), [api, id]));
  const { reload } = query;
  useEffect(() => api.onArticlesChanged(({ ids }) => ids.includes(id) && reload()), [api, id, reload]);
  return query;
}
