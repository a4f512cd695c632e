import type { Article } from '../../../../shared/model/article';
import { formatArticleDate, formatAuthors, formatReadingTime } from './formatArticleMeta';
import './ArticleMeta.css';

type ArticleMetaProps = {
  article: Pick<Article, 'siteName' | 'authors' | 'publishedAt' | 'savedAt' | 'readingMinutes'>;
};

/** Site, authors, date and reading time on one line, as the list and the reader both show them. */
export function ArticleMeta({ article }: ArticleMetaProps) {
  const parts = [
    article.siteName,
    article.authors.length > 0 ? formatAuthors(article.authors) : null,
    formatArticleDate(article),
    formatReadingTime(article.readingMinutes),
  ].filter((part): part is string => Boolean(part));
  return (
    <p className="article-meta">
      {parts.map((part) => (
        <span key={part} className="article-meta__part">
          {part}
        </span>
      ))}
    </p>
  );
}
