import type { OutputOf } from '../../../../shared/ipc/contract';
import type { Article } from '../../../../shared/model/article';
import { createPagedList, type FetchPage, type PagedList } from '../../lib/pagedList';

/** One page of a library list: its articles, and how many highlights each has. */
export type ArticleAnswer = OutputOf<'articles', 'list'>;

export const createArticlePages = (fetchPage: FetchPage<ArticleAnswer>) => createPagedList<Article, ArticleAnswer>(fetchPage, (article) => article.id);

export type ArticlePages = PagedList<Article, ArticleAnswer>;

/** How many highlights the article in a row has (0 for none, or while its page is not loaded). */
export function highlightCountAt(pages: ArticlePages, index: number, article: Article): number {
  return pages.answerAt(index)?.highlightCounts[article.id] ?? 0;
}
