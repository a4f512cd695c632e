import type { Api } from '../../../../shared/ipc/contract';
import type { Article } from '../../../../shared/model/article';
import type { ArticlePages } from './articlePages';
import type { ListQuery } from './useArticlePages';
import type { Selection } from './selection';

/** The bridge's largest page. */
const FETCH_LIMIT = 500;

/**
 * The articles a selection stands for, as they are now. Those already loaded are taken from the
 * list; after "select all", the whole view is fetched, since most of it was never scrolled to.
 */
export async function selectedArticles(api: Api, query: ListQuery, selection: Selection, pages: ArticlePages): Promise<Article[]> {
  if (selection.all) {
    const articles: Article[] = [];
    for (let offset = 0; ; offset += FETCH_LIMIT) {
      const result = await api.articles.list({ ...query, offset, limit: FETCH_LIMIT });
      if (!result.ok) throw new Error(result.error.message);
      articles.push(...result.value.items);
      if (result.value.items.length < FETCH_LIMIT) break;
    }
    return articles.filter((article) => !selection.ids.has(article.id));
  }
  const loaded = new Map(pages.loaded().map((article) => [article.id, article]));
  const found = await Promise.all(
    [...selection.ids].map(async (id) => {
      const known = loaded.get(id);
      if (known) return known;
      const result = await api.articles.get({ id });
      return result.ok ? result.value : undefined; // deleted meanwhile: nothing to act on
    }),
  );
  return found.filter((article) => article !== undefined);
}
