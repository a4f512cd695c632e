import type { AppErrorInfo, Result } from '../../../../shared/ipc/result';
import type { Article, ArticleId } from '../../../../shared/model/article';
import type { ArticlePage } from '../../../../shared/model/articleQuery';

/** Rows fetched per call: a few screens' worth, well under the bridge's limit of 500. */
export const PAGE_SIZE = 100;

export type FetchPage = (offset: number, limit: number) => Promise<Result<ArticlePage>>;

export interface PagesSnapshot {
  /** How many articles the query matches; null until the first answer. */
  total: number | null;
  error: AppErrorInfo | null;
  /** Bumped on every change, so a subscriber can tell a new state from the last one. */
  version: number;
}

const unreachable = (error: unknown): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: `The library could not be reached (${error instanceof Error ? error.message : String(error)}).` },
});

/**
 * The rows of one query, fetched a page at a time as the list scrolls to them and kept. `refresh`
 * fetches again only the pages already loaded, all together, and swaps them in at once; an article
 * that did not change keeps its object, so its row (memoized on it) does not render again.
 */
export function createArticlePages(fetchPage: FetchPage) {
  let pages = new Map<number, readonly Article[]>();
  const pending = new Set<number>();
  let generation = 0;
  let snapshot: PagesSnapshot = { total: null, error: null, version: 0 };
  const listeners = new Set<() => void>();

  const publish = (change: Partial<PagesSnapshot>) => {
    snapshot = { ...snapshot, ...change, version: snapshot.version + 1 };
    listeners.forEach((listener) => listener());
  };
  const articleAt = (index: number): Article | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  const fetchOne = (page: number) => fetchPage(page * PAGE_SIZE, PAGE_SIZE).catch(unreachable);

  async function load(page: number): Promise<void> {
    const asked = generation;
    pending.add(page);
    const result = await fetchOne(page);
    if (asked !== generation) return;
    pending.delete(page);
    if (!result.ok) return publish({ error: result.error });
    pages.set(page, result.value.items);
    publish({ total: result.value.total, error: null });
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snapshot,

    articleAt,

    /** The row of a loaded article, or -1. */
    indexOf(id: ArticleId): number {
      for (const [page, items] of pages) {
        const at = items.findIndex((article) => article.id === id);
        if (at >= 0) return page * PAGE_SIZE + at;
      }
      return -1;
    },

    /** Every article loaded so far, for finding a selected one without asking the library again. */
    loaded: (): Article[] => [...pages.values()].flat(),

    /** Fetches the pages holding rows `first`..`last` that are neither loaded nor on their way. */
    ensure(first: number, last: number): void {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (!pages.has(page) && !pending.has(page)) void load(page);
      }
    },

    /** Resolves once rows `first`..`last` are loaded, and answers them. */
    async between(first: number, last: number): Promise<Article[]> {
      const missing: Promise<void>[] = [];
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) if (!pages.has(page)) missing.push(load(page));
      await Promise.all(missing);
      const rows: Article[] = [];
      for (let index = first; index <= last; index++) {
        const article = articleAt(index);
        if (article) rows.push(article);
      }
      return rows;
    },

    async refresh(): Promise<void> {
      const asked = ++generation;
      pending.clear();
      const wanted = pages.size > 0 ? [...pages.keys()] : [0];
      const results = await Promise.all(wanted.map(fetchOne));
      if (asked !== generation) return;
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) return publish({ error: failed.error });
      const known = new Map([...pages.values()].flat().map((article) => [article.id, article]));
      // Compared whole (a few hundred small records at most), not by updatedAt: no writer is trusted to bump it.
      const keep = (article: Article) => {
        const before = known.get(article.id);
        return before && JSON.stringify(before) === JSON.stringify(article) ? before : article;
      };
      pages = new Map(wanted.map((page, i) => [page, (results[i] as { value: ArticlePage }).value.items.map(keep)]));
      publish({ total: (results[0] as { value: ArticlePage }).value.total, error: null });
    },
  };
}

export type ArticlePages = ReturnType<typeof createArticlePages>;
