import type { Article } from '../../../../shared/model/article';
import type { ArticleNote, Highlight } from '../../../../shared/model/annotation';

/** What an export shows of one article: the article, its note, and its highlights. */
export interface AnnotatedArticle {
  article: Article;
  note: ArticleNote | null;
  highlights: readonly Highlight[];
}

/** Highlights in the order a reader meets them in the text. */
export const inReadingOrder = (highlights: readonly Highlight[]): Highlight[] =>
  [...highlights].sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end);

/** The address that names the article: its canonical one, else the one it was saved from; null for pasted text. */
export const articleAddress = (article: Article): string | null => article.canonicalUrl ?? article.url;

/** Newest saved first, as the library lists them. */
export const newestSavedFirst = (annotated: readonly AnnotatedArticle[]): AnnotatedArticle[] =>
  [...annotated].sort((a, b) => Date.parse(b.article.savedAt) - Date.parse(a.article.savedAt));
