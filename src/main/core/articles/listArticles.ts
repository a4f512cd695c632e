import type { Article, ArticleId } from '../../../shared/model/article';
import type { ArticlePage, LibraryView, ResolvedArticleQuery } from '../../../shared/model/articleQuery';
import type { SortedOrder, SortedOrders } from './sortedOrders';
import { tagFilter, tagFilterKey } from './tagFilter';

/** Whether an article belongs in a view (shared with search, whose results live in the same views). */
export const inView: Record<LibraryView, (article: Article) => boolean> = {
  unread: (article) => !article.read && !article.archived && article.trashedAt === null,
  all: (article) => article.trashedAt === null,
  starred: (article) => article.starred && article.trashedAt === null,
  archive: (article) => article.archived && article.trashedAt === null,
  trash: (article) => article.trashedAt !== null,
};

/** Positions of a sorted order in the query's direction; articles without a value stay last either way. */
function* positions({ ids, firstMissing }: SortedOrder, direction: 'asc' | 'desc'): Generator<number> {
  if (direction === 'asc') for (let i = 0; i < firstMissing; i++) yield i;
  else for (let i = firstMissing - 1; i >= 0; i--) yield i;
  for (let i = firstMissing; i < ids.length; i++) yield i;
}


/**
 * How many articles match each view and filter, remembered until the next change: counting needs a pass
 * over every article, a page only the articles up to it. The key leaves out the sort, which changes no count.
 */
export type MatchCounts = Map<string, number>;

/** One page of the articles matching a query, and how many match in all. */
export function listArticles(query: ResolvedArticleQuery, articles: ReadonlyMap<ArticleId, Article>, orders: SortedOrders, counts: MatchCounts): ArticlePage {
  const order = orders.get(query.sort);
  const matches = inView[query.view];
  const hasTags = tagFilter(query.tags, query.tagMode);
  const passesFilters = (article: Article) => (query.site === undefined || article.siteName === query.site) && hasTags(article);
  const countKey = JSON.stringify([query.view, query.site ?? null, tagFilterKey(query.tags, query.tagMode)]);
  const known = counts.get(countKey);
  const items: Article[] = [];
  let total = 0;
  for (const position of positions(order, query.direction)) {
    if (known !== undefined && items.length >= query.limit) break;
    const article = articles.get(order.ids[position] as ArticleId);
    if (!article || !matches(article) || !passesFilters(article)) continue;
    if (total >= query.offset && items.length < query.limit) items.push(article);
    total++;
  }
  if (known === undefined) counts.set(countKey, total);
  return { items, total: known ?? total };
}
