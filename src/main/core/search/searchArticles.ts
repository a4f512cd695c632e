import { performance } from 'node:perf_hooks';
import { AppError } from '../../../shared/ipc/result';
import type { ResolvedSearchRequest, SearchHit, SearchPage, SearchSnippet } from '../../../shared/model/search';
import { parseQuery } from '../../../shared/search/parseQuery';
import type { AnnotationRepository, ArticleRepository } from '../library/library';
import { articleFilter } from './articleFilter';
import { recordFields } from './articleFields';
import { findMatches, type Match } from './findMatches';
import { markWords } from './markWords';
import { matchExpressions, type MarkedWords } from './matchExpression';
import { SNIPPET_FIELDS } from './searchColumns';
import type { SearchIndex } from './searchIndex';
import { snippetOf } from './snippet';

export interface SearchSources {
  index: SearchIndex;
  articles: Pick<ArticleRepository, 'get' | 'list' | 'count' | 'content'>;
  annotations: Pick<AnnotationRepository, 'forArticle' | 'countsFor'>;
}

/** One page of results for a request; AppError('invalid-query') saying what to change when the query does not parse. */
export async function searchArticles(request: ResolvedSearchRequest, sources: SearchSources): Promise<SearchPage> {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  if (!parsed.ok) throw new AppError('invalid-query', parsed.problem.message);
  const { index, annotations } = sources;
  const expressions = matchExpressions(parsed.query, index);
  const hasHighlights = (id: string) => id in annotations.countsFor([id]);
  const matches = findMatches(expressions, request, articleFilter(parsed.query.filters, request.view, hasHighlights), sources);
  const page = matches.slice(request.offset, request.offset + request.limit);
  const wordless = expressions.exact === null;
  const items = await Promise.all(page.map((match) => (wordless ? { ...match, titleMarks: [], snippet: null } : present(match, expressions.marked, sources))));
  return {
    items,
    total: matches.length,
    highlightCounts: annotations.countsFor(page.map((match) => match.article.id)),
    tookMs: performance.now() - started,
  };
}

/** A match with its title marks and the best snippet: from the highest-weighted field that matched, the body last. */
async function present({ article, score }: Match, marked: MarkedWords, { articles, annotations }: SearchSources): Promise<SearchHit> {
  const fields = recordFields(article, annotations.forArticle(article.id));
  let snippet: SearchSnippet | null = null;
  for (const field of SNIPPET_FIELDS) {
    const text = field === 'body' ? await articles.content(article.id).then((content) => content.text, () => '') : fields[field];
    snippet = snippetOf(field, text, marked);
    if (snippet) break;
  }
  return { article, score, titleMarks: markWords(article.title, marked), snippet };
}
