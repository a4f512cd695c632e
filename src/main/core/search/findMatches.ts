import type { Article, ArticleId } from '../../../shared/model/article';
import type { ResolvedSearchRequest } from '../../../shared/model/search';
import type { ArticleRepository } from '../library/library';
import type { MatchExpressions } from './matchExpression';
import type { RankedRow, SearchIndex } from './searchIndex';

export interface Match {
  article: Article;
  /** Higher is more relevant: 1 and up for the words as typed, below 1 for matches only through a typo. */
  score: number;
}

interface MatchSources {
  index: SearchIndex;
  articles: Pick<ArticleRepository, 'get' | 'list' | 'count'>;
}

/**
 * Every article matching the query's words and passing `passes`, in the request's order. Relevance puts
 * the matches of the words as typed first, by bm25, then those found only through a typo; a query of
 * filters alone lists its articles newest first. Other sorts follow the library's own orders.
 */
export function findMatches(expressions: MatchExpressions, request: ResolvedSearchRequest, passes: (article: Article) => boolean, { index, articles }: MatchSources): Match[] {
  const excluded = new Set(expressions.excluded === null ? [] : index.matching(expressions.excluded).map(index.articleAt));
  const accept = (article: Article | undefined): article is Article => article !== undefined && passes(article) && !excluded.has(article.id);
  const libraryOrder = (sort: Exclude<ResolvedSearchRequest['sort'], 'relevance'>, direction: ResolvedSearchRequest['direction']) =>
    articles.list({ view: request.view, sort, direction, offset: 0, limit: Math.max(1, articles.count()), tagMode: 'any', tags: [] }).items;

  if (expressions.exact === null) {
    const ordered = request.sort === 'relevance' ? libraryOrder('savedAt', 'desc') : libraryOrder(request.sort, request.direction);
    return ordered.filter(accept).map((article) => ({ article, score: 0 }));
  }
  const scores = new Map<ArticleId, number>();
  const matches: Match[] = [];
  const collect = (rows: RankedRow[], score: (rank: number) => number) => {
    for (const [rowid, rank] of rows.sort((a, b) => a[1] - b[1])) {
      const id = index.articleAt(rowid);
      if (id === undefined || scores.has(id)) continue;
      const article = articles.get(id);
      if (!accept(article)) continue;
      scores.set(id, score(rank));
      matches.push({ article, score: score(rank) });
    }
  };
  // bm25 is negative, better the lower: as typed scores 1 + |rank|, through a typo |rank| / (1 + |rank|) < 1.
  collect(index.ranked(expressions.exact), (rank) => 1 - rank);
  if (expressions.withTypos !== null) collect(index.ranked(expressions.withTypos), (rank) => -rank / (1 - rank));
  if (request.sort === 'relevance') return matches;
  return libraryOrder(request.sort, request.direction).flatMap((article) => {
    const score = scores.get(article.id);
    return score === undefined ? [] : [{ article, score }];
  });
}
