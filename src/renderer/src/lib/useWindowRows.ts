import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PagedList } from './pagedList';

interface WindowRowsOptions {
  pages: Pick<PagedList<unknown>, 'keyAt' | 'ensure' | 'pageSize'>;
  total: number;
  /** The pages' version: a new one may have moved rows to other places. */
  version: number;
  /** A row's height before it is measured. */
  estimateSize: () => number;
}

/**
 * A virtualized list over the window's scroll, fed by paged rows: only the rows on screen (and a
 * few beyond) exist, and the pages holding them are fetched as they come into view.
 */
export function useWindowRows({ pages, total, version, estimateSize }: WindowRowsOptions) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY), []);

  // Measurements are kept by item, not by position: when rows shift (one removed, the list
  // refreshed) each keeps its own height, and a row scrolled back to is not measured anew.
  const getItemKey = useCallback((index: number) => pages.keyAt(index) ?? `pending-${index}`, [pages, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const virtualizer = useWindowVirtualizer({ count: total, estimateSize, getItemKey, overscan: 6, scrollMargin });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index;
  const last = rows[rows.length - 1]?.index;
  useEffect(() => {
    // Half a page ahead, so a steady scroll finds its rows already there.
    if (first !== undefined && last !== undefined) pages.ensure(first, Math.min(total - 1, last + pages.pageSize / 2));
  }, [pages, first, last, total, version]);

  return { listRef, virtualizer, rows, scrollMargin };
}
