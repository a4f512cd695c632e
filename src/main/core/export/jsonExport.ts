import { inReadingOrder, type AnnotatedArticle } from '../annotations/export/annotatedArticle';

/** Names this file's shape; raised when it changes, so readers of old exports can tell them apart. */
export const LIBRARY_JSON_FORMAT = { format: 'news-archive-library', version: 1 } as const;

/** Every article's full record as stored, with its note and its highlights in reading order. */
export function libraryJson(articles: readonly AnnotatedArticle[], exportedAt: Date): string {
  const entries = articles.map(({ article, note, highlights }) => ({ article, note, highlights: inReadingOrder(highlights) }));
  return `${JSON.stringify({ ...LIBRARY_JSON_FORMAT, exportedAt: exportedAt.toISOString(), articles: entries }, null, 2)}\n`;
}
