import type { Article, ArticleId } from '../../../shared/model/article';
import type { Highlight, HighlightListItem, HighlightPage, ResolvedHighlightQuery } from '../../../shared/model/annotation';
import { tagFilter } from '../articles/tagFilter';

/**
 * One page of the Highlights view: the highlights, newest first, of articles outside the Trash that pass
 * the filters (any of the colours; any of the tags, a parent including its children; the site).
 */
export function listHighlights(query: ResolvedHighlightQuery, newestFirst: Iterable<Highlight>, articleOf: (id: ArticleId) => Article | undefined): HighlightPage {
  const colors = new Set(query.colors);
  const hasTags = tagFilter(query.tags, 'any');
  // Many highlights share an article: decide each article once.
  const passing = new Map<ArticleId, Article | undefined>();
  const passingArticle = (id: ArticleId) => {
    if (passing.has(id)) return passing.get(id);
    const article = articleOf(id);
    const passes = article && article.trashedAt === null && (query.site === undefined || article.siteName === query.site) && hasTags(article);
    passing.set(id, passes ? article : undefined);
    return passes ? article : undefined;
  };
  const items: HighlightListItem[] = [];
  let total = 0;
  for (const highlight of newestFirst) {
    if (colors.size > 0 && !colors.has(highlight.color)) continue;
    const article = passingArticle(highlight.articleId);
    if (!article) continue;
    if (total >= query.offset && items.length < query.limit) items.push({ highlight, article: rowArticle(article) });
    total++;
  }
  return { items, total };
}

const rowArticle = ({ id, title, siteName, url, tags }: Article): HighlightListItem['article'] => ({ id, title, siteName, url, tags });
