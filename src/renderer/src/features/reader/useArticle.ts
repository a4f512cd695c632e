import { useCallback, useEffect } from 'react';
import type { Article, ArticleContent, ArticleId } from '../../../../shared/model/article';
import type { Result } from '../../../../shared/ipc/result';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

export interface OpenArticle {
  article: Article;
  content: ArticleContent;
}

/** One article's record and stored body, fetched together and again when that article changes. */
export function useArticle(id: ArticleId): Query<OpenArticle> {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<OpenArticle>> => {
    const [article, content] = await Promise.all([api.articles.get({ id }), api.articles.content({ id })]);
    if (!article.ok) return article;
    if (!content.ok) return content;
    return { ok: true, value: { article: article.value, content: content.value } };
  }, [api, id]);
  const query = useBridgeQuery(load);
  const { reload } = query;
  useEffect(() => api.onArticlesChanged(({ ids }) => ids.includes(id) && reload()), [api, id, reload]);
  return query;
}
