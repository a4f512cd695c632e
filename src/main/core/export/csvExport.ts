import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { csvText } from './csvCell';

const COLUMNS = ['id', 'title', 'url', 'site', 'authors', 'published', 'saved', 'tags', 'read', 'starred', 'archived', 'highlights'] as const;

// Spreadsheets (Excel) read a CSV as the system's legacy code page unless it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\ufeff';

/** One row per article, under a header of column names; authors are joined by `; `, tags by `|`. */
export function libraryCsv(articles: readonly AnnotatedArticle[]): string {
  const rows = articles.map(({ article, highlights }) => [
    article.id,
    article.title,
    article.url ?? '',
    article.siteName ?? '',
    article.authors.join('; '),
    article.publishedAt ?? '',
    article.savedAt,
    article.tags.join('|'),
    article.read,
    article.starred,
    article.archived,
    highlights.length,
  ]);
  return BYTE_ORDER_MARK + csvText([COLUMNS, ...rows]);
}
