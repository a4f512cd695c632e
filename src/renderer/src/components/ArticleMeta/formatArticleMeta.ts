import type { Article } from '../../../../shared/model/article';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Published 3 Mar 2025" when the page said so, otherwise when it was saved. */
export function formatArticleDate(article: Pick<Article, 'publishedAt' | 'savedAt'>): string {
  return article.publishedAt
    ? `Published ${dateFormat.format(new Date(article.publishedAt))}`
    : `Saved ${dateFormat.format(new Date(article.savedAt))}`;
}

export function formatReadingTime(minutes: number): string {
  return minutes < 1 ? 'Under a minute' : `${minutes} min read`;
}

export function formatAuthors(authors: readonly string[]): string {
  return new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(authors);
}
