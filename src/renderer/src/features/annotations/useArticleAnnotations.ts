import { useCallback, useEffect } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { ArticleAnnotations } from '../../../../shared/model/annotation';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

/** One article's highlights and note, fetched again whenever the library says they changed. */
export function useArticleAnnotations(id: ArticleId): Query<ArticleAnnotations> {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.annotations.forArticle({ id }), [api, id]));
  const { reload } = query;
  useEffect(() => api.onAnnotationsChanged(({ articleIds }) => articleIds.includes(id) && reload()), [api, id, reload]);
  return query;
}
