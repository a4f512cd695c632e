import type { Article, ArticleId } from '../../../shared/model/article';
import type { ArticlePage, LibraryView, ResolvedArticleQuery } from '../../../shared/model/articleQuery';
import type { SortedOrder, SortedOrders } from './sortedOrders';

const inView: Record<LibraryView, (article: Article) => boolean> = {
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

function passesFilters(article: Article, { site, tag }: ResolvedArticleQuery): boolean {
  return (site === undefined || article.siteName === site) && (tag === undefined || article.tags.includes(tag));
}

/** One page of the articles matching a query, and how many match in all. */
export function listArticles(query: ResolvedArticleQuery, articles: ReadonlyMap<ArticleId, Article>, orders: SortedOrders): ArticlePage {
  const order = orders.get(query.sort);
  const matches = inView[query.view];
  const items: Article[] = [];
  let total = 0;
  for (const position of positions(order, query.direction)) {
    const article = articles.get(order.ids[position] as ArticleId);
    if (!article || !matches(article) || !passesFilters(article, query)) continue;
    if (total >= query.offset && items.length < query.limit) items.push(article);
    total++;
  }
  return { items, total };
}
