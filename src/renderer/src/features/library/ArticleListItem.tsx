import type { Article, ArticleId } from '../../../../shared/model/article';
import { ArticleMeta } from '../../components/ArticleMeta/ArticleMeta';

interface ArticleListItemProps {
  article: Article;
  onOpen: (id: ArticleId) => void;
}

export function ArticleListItem({ article, onOpen }: ArticleListItemProps) {
  return (
    <li className={article.read ? 'article-item' : 'article-item article-item--unread'}>
      <article lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
        <h2 className="article-item__title">
          <button type="button" className="article-item__open" data-article-id={article.id} onClick={() => onOpen(article.id)}>
            {!article.read && <span className="visually-hidden">Unread: </span>}
            {article.title}
          </button>
          {article.starred && (
            <span className="article-item__star" role="img" aria-label="Starred">
              ★
            </span>
          )}
        </h2>
        <ArticleMeta article={article} />
        {article.excerpt && <p className="article-item__excerpt">{article.excerpt}</p>}
      </article>
    </li>
  );
}
