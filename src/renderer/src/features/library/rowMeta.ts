import type { Article } from '../../../../shared/model/article';
import { formatAuthors, formatReadingTime } from '../../components/ArticleMeta/formatArticleMeta';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A row's details in reading order: site, authors, when it was published and saved, how long it takes (once there is text). */
export function rowMeta(article: Article): string[] {
  return [
    article.siteName,
    article.authors.length > 0 ? formatAuthors(article.authors) : null,
    article.publishedAt ? `Published ${day.format(new Date(article.publishedAt))}` : null,
    `Saved ${day.format(new Date(article.savedAt))}`,
    // An imported link not downloaded yet has no text to time.
    article.wordCount > 0 ? formatReadingTime(article.readingMinutes) : null,
  ].filter((part): part is string => Boolean(part));
}

/** "40% read" for an article begun and not finished; nothing otherwise. */
export function progressLabel(article: Pick<Article, 'read' | 'progress'>): string | null {
  return !article.read && article.progress > 0 ? `${Math.round(article.progress * 100)}% read` : null;
}

/** "1 highlight", "3 highlights". */
export function highlightCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'highlight' : 'highlights'}`;
}
