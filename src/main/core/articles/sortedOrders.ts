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

/**
 * Sorting 100,000 articles costs tens of milliseconds, so each key's order is built on first use and
 * kept until an article is added or removed. State changes (read, starred, ...) never move an article
 * in any order, so they do not invalidate it.
 */
export function createSortedOrders(articles: ReadonlyMap<ArticleId, Article>) {
  const cache = new Map<ArticleSortKey, SortedOrder>();

  function build(key: ArticleSortKey): SortedOrder {
    const entries = [...articles.values()].map((article) => ({ id: article.id, value: valueOf[key](article) }));
    entries.sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else {
        const byValue = compareValues(a.value, b.value);
        if (byValue !== 0) return byValue;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; // stable, repeatable tie-break
    });
    const firstMissing = entries.findIndex((entry) => entry.value === null);
    return { ids: entries.map((entry) => entry.id), firstMissing: firstMissing === -1 ? entries.length : firstMissing };
  }

  return {
    get(key: ArticleSortKey): SortedOrder {
      let order = cache.get(key);
      if (!order) cache.set(key, (order = build(key)));
      return order;
    },
    invalidate(): void {
      cache.clear();
    },
  };
}
export type SortedOrders = ReturnType<typeof createSortedOrders>;
