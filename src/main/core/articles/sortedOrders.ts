import type { Article, ArticleId } from '../../../shared/model/article';
import type { ArticleSortKey } from '../../../shared/model/articleQuery';

/** Ids in ascending order of one sort key; the articles without a value come last, from `firstMissing` on. */
export interface SortedOrder {
  ids: ArticleId[];
  firstMissing: number;
}

type SortValue = number | string | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const valueOf: Record<ArticleSortKey, (article: Article) => SortValue> = {
  savedAt: (article) => Date.parse(article.savedAt),
  publishedAt: (article) => (article.publishedAt === null ? null : Date.parse(article.publishedAt)),
  title: (article) => article.title,
  siteName: (article) => article.siteName,
  readingMinutes: (article) => article.readingMinutes,
};

function compareValues(a: NonNullable<SortValue>, b: NonNullable<SortValue>): number {
  return typeof a === 'string' ? collator.compare(a, b as string) : a - (b as number);
}

interface Entry {
  id: ArticleId;
  value: SortValue;
}

/** Ascending by value, articles without one last, ties broken by id so every order is repeatable. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.value === null || b.value === null) {
    if (a.value !== b.value) return a.value === null ? 1 : -1;
  } else {
    const byValue = compareValues(a.value, b.value);
    if (byValue !== 0) return byValue;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Sorting 100,000 articles costs up to half a second (titles), so each key's order is built on first use
 * and kept: a new article is inserted in place, removals clear the cache. State changes (read, starred,
 * ...) never move an article in any order, so they leave it as it is.
 */
export function createSortedOrders(articles: ReadonlyMap<ArticleId, Article>) {
  const cache = new Map<ArticleSortKey, SortedOrder>();

  function build(key: ArticleSortKey): SortedOrder {
    const entries: Entry[] = [...articles.values()].map((article) => ({ id: article.id, value: valueOf[key](article) }));
    entries.sort(compareEntries);
    const firstMissing = entries.findIndex((entry) => entry.value === null);
    return { ids: entries.map((entry) => entry.id), firstMissing: firstMissing === -1 ? entries.length : firstMissing };
  }

  return {
    get(key: ArticleSortKey): SortedOrder {
      let order = cache.get(key);
      if (!order) cache.set(key, (order = build(key)));
      return order;
    },
    /** Puts a new article in its place in every order built so far (a binary search, not a re-sort). */
    insert(article: Article): void {
      for (const [key, order] of cache) {
        const entry = { id: article.id, value: valueOf[key](article) };
        const entryAt = (i: number): Entry => {
          const id = order.ids[i] as ArticleId;
          return { id, value: valueOf[key](articles.get(id) as Article) };
        };
        let low = 0;
        let high = order.ids.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (compareEntries(entryAt(middle), entry) < 0) low = middle + 1;
          else high = middle;
        }
        order.ids.splice(low, 0, article.id);
        if (entry.value !== null) order.firstMissing++;
      }
    },
    invalidate(): void {
      cache.clear();
    },
  };
}
export type SortedOrders = ReturnType<typeof createSortedOrders>;
