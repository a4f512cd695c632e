import { performance } from 'node:perf_hooks';
import { AppError } from '../../../shared/ipc/result';
import type { ResolvedSearchRequest, SearchHit, SearchPage, SearchSnippet } from '../../../shared/model/search';
import { parseQuery } from '../../../shared/search/parseQuery';
import type { AnnotationRepository, ArticleRepository } from '../library/library';
import { articleFilter } from './articleFilter';
import { bodyOf, recordFields } from './articleFields';
import type { FilterMemo } from './filterMemo';
import { findMatches, type Match } from './findMatches';
import { markWords } from './markWords';
import { matchExpressions, type MarkedWords } from './matchExpression';
import { RECORD_SNIPPET_FIELDS } from './searchColumns';
import type { SearchIndex } from './searchIndex';
import { openingOf, snippetOf } from './snippet';

export interface SearchSources {
  index: SearchIndex;
  articles: Pick<ArticleRepository, 'get' | 'list' | 'count' | 'text'>;
  annotations: Pick<AnnotationRepository, 'forArticle' | 'countsFor'>;
  /** Cleared whenever articles or annotations change. */
  filterMemo: FilterMemo;
}

/** One page of results for a request; AppError('invalid-query') saying what to change when the query does not parse. */
export function searchArticles(request: ResolvedSearchRequest, sources: SearchSources): SearchPage {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  if (!parsed.ok) throw new AppError('invalid-query', parsed.problem.message);
  const { index, annotations } = sources;
  const expressions = matchExpressions(parsed.query, index);
  const hasHighlights = (id: string) => id in annotations.countsFor([id]);
  const passes = articleFilter(parsed.query.filters, request.view, hasHighlights);
  const rowPasses = sources.filterMemo.remembered(JSON.stringify([request.view, parsed.query.filters]), (rowid) => {
    const id = index.articleAt(rowid);
    const article = id === undefined ? undefined : sources.articles.get(id);
    return article !== undefined && passes(article);
  });
  const { page, total } = findMatches(expressions, request, { passes, rowPasses }, sources);
  const wordless = expressions.exact === null;
  const items = page.map((match) => (wordless ? { ...match, titleMarks: [], snippet: null } : present(match, expressions.marked, sources)));
  return {
    items,
    total,
    highlightCounts: annotations.countsFor(page.map((match) => match.article.id)),
    tookMs: performance.now() - started,
  };
}

/**
 * A match with its title marks and the best snippet: from the highest-weighted field that matched, the
 * body last; an article that matched in its title alone shows the start of its body, so every result
 * has a passage to read.
 */
function present({ article, score }: Match, marked: MarkedWords, { articles, annotations }: SearchSources): SearchHit {
  const fields = recordFields(article, annotations.forArticle(article.id));
  const inRecord = RECORD_SNIPPET_FIELDS.reduce<SearchSnippet | null>((found, field) => found ?? snippetOf(field, fields[field], marked), null);
  return { article, score, titleMarks: markWords(article.title, marked), snippet: inRecord ?? bodySnippet(bodyOf(articles, article.id), marked) };
}

/** The body's best passage, or its start; the body is read only when no field of the record matched. */
const bodySnippet = (body: string, marked: MarkedWords): SearchSnippet | null => snippetOf('body', body, marked) ?? openingOf('body', body);
