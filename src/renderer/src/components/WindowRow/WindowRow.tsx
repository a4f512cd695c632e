import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

interface WindowRowProps {
  row: VirtualItem;
  /** How many rows the whole list has, for assistive technology (most are not in the page). */
  total: number;
  /** The list's distance from the top of the page (useWindowRows). */
  scrollMargin: number;
  /** The virtualizer's measureElement, so the row is measured as it is. */
  measure: (element: HTMLLIElement | null) => void;
  className: string;
  onFocus?: () => void;
  children: ReactNode;
}

/** One rendered row of a virtualized list (useWindowRows): placed at its offset, measured, and counted in the whole. */
export function WindowRow({ row, total, scrollMargin, measure, className, onFocus, children }: WindowRowProps) {
  return (
    <li
      ref={measure}
      className={className}
      data-index={row.index}
      aria-posinset={row.index + 1}
      aria-setsize={total}
      style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
      onFocus={onFocus}
    >
      {children}
    </li>
  );
}
