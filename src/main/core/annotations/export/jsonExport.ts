import { inReadingOrder, newestSavedFirst, type AnnotatedArticle } from './annotatedArticle';

/** Names this file's shape; raised when it changes, so readers of old exports can tell them apart. */
export const ANNOTATIONS_JSON_FORMAT = { format: 'news-archive-annotations', version: 1 } as const;

/**
 * Our own records, for re-import and scripts: each article's metadata, its note and its highlights
 * (reading order) exactly as stored, newest saved article first.
 */
export function annotationsJson(annotated: readonly AnnotatedArticle[], exportedAt: Date): string {
  const articles = newestSavedFirst(annotated).map(({ article, note, highlights }) => ({
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      siteName: article.siteName,
      authors: article.authors,
      publishedAt: article.publishedAt,
      savedAt: article.savedAt,
      tags: article.tags,
    },
    note,
    highlights: inReadingOrder(highlights),
  }));
  return `${JSON.stringify({ ...ANNOTATIONS_JSON_FORMAT, exportedAt: exportedAt.toISOString(), articles }, null, 2)}\n`;
}
