import type { SearchSort } from '../../../../shared/model/search';
import type { Direction, SortOption } from '../library/SortControl';
import { directionLabel, sortOptions } from '../library/sortOptions';

/** The library's sorts, after the one a search starts with. */
export const searchSortOptions: readonly SortOption<SearchSort>[] = [{ key: 'relevance', label: 'Relevance', firstDirection: 'desc' }, ...sortOptions];

/** Relevance reads one way only, best first; the library's sorts read as they do there. */
export const searchDirectionLabel = (key: SearchSort, direction: Direction): string | null =>
  key === 'relevance' ? null : directionLabel(key, direction);
