import { useEffect, useRef } from 'react';
import type { Article, ArticleId } from '../../../../shared/model/article';
import { ArticleListItem } from './ArticleListItem';
import './ArticleList.css';

interface ArticleListProps {
  articles: readonly Article[];
  label: string;
  focusId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
}

export function ArticleList({ articles, label, focusId, onOpen }: ArticleListProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId]);

  return (
    <ol ref={listRef} className="article-list" aria-label={label}>
      {articles.map((article) => (
        <ArticleListItem key={article.id} article={article} onOpen={onOpen} />
      ))}
    </ol>
  );
}
