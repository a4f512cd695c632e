import { useCallback } from 'react';
import type { ArticleContent, ArticleId } from '../../../../shared/model/article';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/**
 * One article's stored body. Fetched once: the body never changes after capture, while the record
 * changes every second of reading (its progress), which must not reload the frame.
 */
export function useArticleContent(id: ArticleId): Query<ArticleContent> {
  const api = useApi();
  return useBridgeQuery(useCallback(() => api.articles.content({ id }), [api, id]));
}
