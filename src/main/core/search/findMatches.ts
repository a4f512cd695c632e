import type { Article, ArticleId } from '../../../shared/model/article';
import type { ResolvedSearchRequest } from '../../../shared/model/search';
import type { ArticleRepository } from '../library/library';
import type { MatchExpressions } from './matchExpression';
import { rankedRows, scoredRows, type ScoredRow } from './rankedRows';
import type { SearchIndex } from './searchIndex';

export interface Match {
  article: Article;
  /** Higher is more relevant: 1 and up for the words as typed, below 1 for matches only through a typo. */
  score: number;
}

/** The request's page of matches, and how many there are in all. */
export interface Matches {
  page: Match[];
  total: number;
}

/** The query's filters, as a test of an article and, remembered, of an index row (see FilterMemo). */
export interface RowFilters {
  passes: (article: Article) => boolean;
  rowPasses: (rowid: number) => boolean;
}

interface MatchSources {
  index: SearchIndex;
  articles: Pick<ArticleRepository, 'get' | 'list' | 'count'>;
}

/**
 * The matches of the query's words passing the filters, in the request's order. Relevance puts the matches
 * of the words as typed first, by bm25, then those found only through a typo; a query of filters alone
 * lists its articles newest first. Other sorts follow the library's own orders. Every match is filtered
 * and counted, but only those up to the page's end are ordered (see rankedRows).
 */
export function findMatches(expressions: MatchExpressions, request: ResolvedSearchRequest, filters: RowFilters, { index, articles }: MatchSources): Matches {
  const excluded = new Set(expressions.excluded === null ? [] : index.matching(expressions.excluded));
  const libraryOrder = (sort: Exclude<ResolvedSearchRequest['sort'], 'relevance'>, direction: ResolvedSearchRequest['direction']) =>
    articles.list({ view: request.view, sort, direction, offset: 0, limit: Math.max(1, articles.count()), tagMode: 'any', tags: [] }).items;
  const pageOf = (ordered: Match[], total = ordered.length): Matches => ({ page: ordered.slice(request.offset, request.offset + request.limit), total });

  if (expressions.exact === null) {
    const ordered = request.sort === 'relevance' ? libraryOrder('savedAt', 'desc') : libraryOrder(request.sort, request.direction);
    return pageOf(ordered.filter(filters.passes).map((article) => ({ article, score: 0 })));
  }
  const passes = (rowid: number) => filters.rowPasses(rowid) && !excluded.has(rowid);
  const asMatches = (rows: ScoredRow[]): Match[] => rows.map(([rowid, score]) => ({ article: articles.get(index.articleAt(rowid) as ArticleId) as Article, score }));
  // bm25 is negative, better the lower: as typed scores 1 + |rank|, through a typo |rank| / (1 + |rank|) < 1.
  const exactScore = (rank: number) => 1 - rank;
  const typoScore = (rank: number) => -rank / (1 - rank);
  // Matched only through a typo: FTS5 leaves out what the words as typed match.
  const typoExpression = expressions.withTypos === null ? null : `(${expressions.withTypos}) NOT (${expressions.exact})`;
  if (request.sort === 'relevance') {
    const end = request.offset + request.limit;
    const cheapToCount = !expressions.phrased;
    const exact = rankedRows(index, { expression: expressions.exact, cheapToCount }, passes, end, exactScore);
    const typos = typoExpression === null ? { total: 0, best: [] } : rankedRows(index, { expression: typoExpression, cheapToCount }, passes, end - exact.total, typoScore);
    return pageOf(asMatches([...exact.best, ...typos.best]), exact.total + typos.total);
  }
  const rows = [...scoredRows(index.ranked(expressions.exact), passes, exactScore), ...(typoExpression === null ? [] : scoredRows(index.ranked(typoExpression), passes, typoScore))];
  const scores = new Map(rows.map(([rowid, score]) => [index.articleAt(rowid), score]));
  return pageOf(
    libraryOrder(request.sort, request.direction).flatMap((article) => {
      const score = scores.get(article.id);
      return score === undefined ? [] : [{ article, score }];
    }),
  );
}
