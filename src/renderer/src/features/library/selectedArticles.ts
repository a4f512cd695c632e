import type { Api } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { Article } from '../../../../shared/model/article';
import type { ArticlePages } from './articlePages';
import type { Selection } from './selection';

/** The bridge's largest page. */
const FETCH_LIMIT = 500;

/** Every row of a list, fetched in the bridge's largest pages (for acting on "select all"). */
export async function fetchEvery<Item>(fetchPage: (offset: number, limit: number) => Promise<Result<{ items: readonly Item[] }>>): Promise<Item[]> {
  const rows: Item[] = [];
  for (let offset = 0; ; offset += FETCH_LIMIT) {
    const result = await fetchPage(offset, FETCH_LIMIT);
    if (!result.ok) throw new Error(result.error.message);
    rows.push(...result.value.items);
    if (result.value.items.length < FETCH_LIMIT) return rows;
  }
}

/**
 * The articles a selection stands for, as they are now. Those already loaded are taken from the
 * list; after "select all", every article of the list is fetched, since most was never scrolled to.
 */
export async function selectedArticles(api: Api, everyArticle: () => Promise<Article[]>, selection: Selection, pages: ArticlePages): Promise<Article[]> {
  if (selection.all) return (await everyArticle()).filter((article) => !selection.ids.has(article.id));
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
