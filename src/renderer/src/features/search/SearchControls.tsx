import type { ReactNode } from 'react';
import { SortControl } from '../library/SortControl';
import { countResults, tookLabel } from './resultCount';
import { SaveSearchButton } from './SaveSearchButton';
import { searchDirectionLabel, searchSortOptions } from './searchSortOptions';
import type { SearchOrder } from './useSearch';

interface SearchControlsProps {
  query: string;
  total: number;
  tookMs: number | null;
  order: SearchOrder;
  onOrder: (order: SearchOrder) => void;
  /** The list's own extras (the Trash's "Empty Trash"). */
  children: ReactNode;
}

/** Above the results: how many there are (announced politely), saving the search, and their order. */
export function SearchControls({ query, total, tookMs, order, onOrder, children }: SearchControlsProps) {
  return (
    <div className="list-controls">
      <p className="list-controls__count search-count" aria-live="polite">
        {countResults(total)}
        {tookMs !== null && <span className="search-count__took"> · {tookLabel(tookMs)}</span>}
      </p>
      {children}
      <SaveSearchButton query={query} />
      <SortControl
        options={searchSortOptions}
        sort={order.sort}
        direction={order.direction}
        directionLabel={searchDirectionLabel}
        onSort={(sort, direction) => onOrder({ sort, direction })}
      />
    </div>
  );
}
