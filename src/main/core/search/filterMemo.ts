/** A row's verdict: not yet known, passes, or fails. */
const UNKNOWN = 0;
const PASSES = 1;
const FAILS = 2;
/** Filter sets remembered at once: those of the last few searches. */
const KEPT = 8;

/**
 * Whether each index row passes a search's filters (view, tags, states…), remembered per set of filters
 * until the library changes: typing refines a query's words, not its filters, and looking an article up
 * and testing it costs more than the rest of a row's share of a search. The verdicts are by rowid, in a
 * byte array: a row is judged the first time a search returns it.
 */
export function createFilterMemo() {
  const verdicts = new Map<string, Uint8Array>();

  return {
    /** Forgets every verdict: articles or their annotations changed. */
    clear: () => verdicts.clear(),

    /** `passes`, remembered under `key` (which names the filters). */
    remembered(key: string, passes: (rowid: number) => boolean): (rowid: number) => boolean {
      let known = verdicts.get(key) ?? new Uint8Array(1024);
      verdicts.delete(key);
      verdicts.set(key, known);
      if (verdicts.size > KEPT) verdicts.delete(verdicts.keys().next().value as string);
      return (rowid) => {
        if (rowid >= known.length) {
          const grown = new Uint8Array(Math.max(rowid + 1, known.length * 2));
          grown.set(known);
          verdicts.set(key, (known = grown));
        }
        if (known[rowid] === UNKNOWN) known[rowid] = passes(rowid) ? PASSES : FAILS;
        return known[rowid] === PASSES;
      };
    },
  };
}
export type FilterMemo = ReturnType<typeof createFilterMemo>;
