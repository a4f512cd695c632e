import type { AppErrorInfo, Result } from '../../../shared/ipc/result';

/** Rows fetched per call: a few screens' worth, well under the bridge's limit of 500. */
export const PAGE_SIZE = 100;

/** What the library answers for one page of a list: its rows, how many there are in all, and whatever else it says. */
export interface ListAnswer<Item> {
  items: readonly Item[];
  total: number;
}

export type FetchPage<Answer> = (offset: number, limit: number) => Promise<Result<Answer>>;

export interface PagesSnapshot {
  /** How many rows the query matches; null until the first answer. */
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
 * fetches again only the pages already loaded, all together, and swaps them in at once; a row that
 * did not change keeps its object, so its presenter (memoized on it) does not render again.
 */
export function createPagedList<Item, Answer extends ListAnswer<Item>>(fetchPage: FetchPage<Answer>, keyOf: (item: Item) => string, pageSize = PAGE_SIZE) {
  let pages = new Map<number, Answer>();
  const pending = new Set<number>();
  let generation = 0;
  let snapshot: PagesSnapshot = { total: null, error: null, version: 0 };
  const listeners = new Set<() => void>();

  const publish = (change: Partial<PagesSnapshot>) => {
    snapshot = { ...snapshot, ...change, version: snapshot.version + 1 };
    listeners.forEach((listener) => listener());
  };
  const answerAt = (index: number): Answer | undefined => pages.get(Math.floor(index / pageSize));
  const itemAt = (index: number): Item | undefined => answerAt(index)?.items[index % pageSize];
  const fetchOne = (page: number) => fetchPage(page * pageSize, pageSize).catch(unreachable);

  async function load(page: number): Promise<void> {
    const asked = generation;
    pending.add(page);
    const result = await fetchOne(page);
    if (asked !== generation) return;
    pending.delete(page);
    if (!result.ok) return publish({ error: result.error });
    pages.set(page, result.value);
    publish({ total: result.value.total, error: null });
  }

  return {
    /** Rows per fetch. */
    pageSize,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snapshot,

    itemAt,
    /** A loaded row's key (its item's id), for keeping each row's measured height with its item. */
    keyAt: (index: number): string | undefined => {
      const item = itemAt(index);
      return item === undefined ? undefined : keyOf(item);
    },
    /** The whole answer that holds a row, for what the library says beside the rows. */
    answerAt,

    /** The row of a loaded item, or -1. */
    indexOf(key: string): number {
      for (const [page, answer] of pages) {
        const at = answer.items.findIndex((item) => keyOf(item) === key);
        if (at >= 0) return page * pageSize + at;
      }
      return -1;
    },

    /** Every item loaded so far, for finding a selected one without asking the library again. */
    loaded: (): Item[] => [...pages.values()].flatMap((answer) => answer.items),

    /** Fetches the pages holding rows `first`..`last` that are neither loaded nor on their way. */
    ensure(first: number, last: number): void {
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!pages.has(page) && !pending.has(page)) void load(page);
      }
    },

    /** Resolves once rows `first`..`last` are loaded, and answers them. */
    async between(first: number, last: number): Promise<Item[]> {
      const missing: Promise<void>[] = [];
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) if (!pages.has(page)) missing.push(load(page));
      await Promise.all(missing);
      const rows: Item[] = [];
      for (let index = first; index <= last; index++) {
        const item = itemAt(index);
        if (item) rows.push(item);
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
      const answers = results.map((result) => (result as { value: Answer }).value);
      const known = new Map([...pages.values()].flatMap((answer) => answer.items.map((item) => [keyOf(item), item] as const)));
      // Compared whole (a few hundred small records at most), not by a date: no writer is trusted to bump it.
      const keep = (item: Item) => {
        const before = known.get(keyOf(item));
        return before && JSON.stringify(before) === JSON.stringify(item) ? before : item;
      };
      pages = new Map(wanted.map((page, i) => [page, { ...answers[i]!, items: answers[i]!.items.map(keep) }]));
      publish({ total: answers[0]!.total, error: null });
    },
  };
}

export type PagedList<Item, Answer extends ListAnswer<Item> = ListAnswer<Item>> = ReturnType<typeof createPagedList<Item, Answer>>;
