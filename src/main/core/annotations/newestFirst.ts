import type { Highlight } from '../../../shared/model/annotation';

/** A highlight with its creation time as an instant (dates may carry offsets), parsed once. */
interface Entry {
  highlight: Highlight;
  instant: number;
}

const entryOf = (highlight: Highlight): Entry => ({ highlight, instant: Date.parse(highlight.createdAt) });

/** Newest first: by creation time, then by id, both descending. */
const newerFirst = (a: Entry, b: Entry) => b.instant - a.instant || (a.highlight.id < b.highlight.id ? 1 : a.highlight.id > b.highlight.id ? -1 : 0);

/**
 * Every highlight, newest first, so the Highlights view walks it from the start instead of sorting 50,000
 * highlights per page. Built on first use (opening the library need not wait for it), then kept in order
 * as highlights come and go: a binary search and one splice each.
 */
export function createNewestFirst(initial: () => Iterable<Highlight>) {
  let built: Entry[] | undefined;
  const entries = () => (built ??= Array.from(initial(), entryOf).sort(newerFirst));
  /** Where `entry` is, or would go. */
  const positionOf = (items: Entry[], entry: Entry) => {
    let [low, high] = [0, items.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (newerFirst(items[middle] as Entry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    insert(highlight: Highlight) {
      if (!built) return; // the first use sorts it in
      const entry = entryOf(highlight);
      built.splice(positionOf(built, entry), 0, entry);
    },
    /** Takes out the highlight with this id and creation time, if present. */
    remove(highlight: Highlight) {
      if (!built) return;
      const at = positionOf(built, entryOf(highlight));
      if (built[at]?.highlight.id === highlight.id) built.splice(at, 1);
    },
    *[Symbol.iterator](): Generator<Highlight> {
      for (const entry of entries()) yield entry.highlight;
    },
  };
}
