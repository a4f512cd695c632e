import { createHash } from 'node:crypto';
import type { ArticleAnnotations } from '../../../shared/model/annotation';
import type { Article, ArticleId } from '../../../shared/model/article';
import type { SearchField } from '../../../shared/model/search';
import type { ArticleRepository } from '../library/library';

/** The words of an article that search looks at, field by field, as the person wrote or saw them. */
export type ArticleFields = Record<SearchField, string>;

const hostOf = (url: string | null): string | null => (url === null ? null : URL.parse(url)?.hostname ?? null);

/** An article's body text; empty when missing from the disk, which leaves the rest of the article searchable. */
export function bodyOf(articles: Pick<ArticleRepository, 'text'>, id: ArticleId): string {
  try {
    return articles.text(id);
  } catch {
    return '';
  }
}

/** Every field but the body, which is read from the content store only when needed. */
export function recordFields(article: Article, { highlights, note }: Pick<ArticleAnnotations, 'highlights' | 'note'>): Omit<ArticleFields, 'body'> {
  return {
    title: article.title,
    authors: article.authors.join(', '),
    site: [article.siteName, hostOf(article.url)].filter((part) => part !== null && part !== '').join(' · '),
    tags: article.tags.join(', '),
    highlights: highlights.map((highlight) => highlight.target.quote.exact).join('\n'),
    notes: [note?.text ?? '', ...highlights.map((highlight) => highlight.note)].filter((text) => text.trim() !== '').join('\n'),
  };
}

/** The record's fields, and what stands for its body without reading it. */
export interface IndexedFields {
  fields: Omit<ArticleFields, 'body'>;
  /**
   * The hash of the body's text from the article's provenance: a body changes only when the page is
   * captured again (an imported link downloaded later), and that capture brings a new provenance.
   */
  body: string | null;
}

/**
 * What an article looked like when indexed; reading states (read, starred, progress) are not indexed
 * and change nothing.
 */
export function fieldsSignature({ fields, body }: IndexedFields): string {
  return createHash('sha1').update(JSON.stringify([fields, body])).digest('base64url');
}
