import { useCallback, useEffect, useState } from 'react';
import type { LibraryView } from '../../../../shared/model/articleQuery';
import type { SearchSort } from '../../../../shared/model/search';
import type { Direction } from '../library/SortControl';
import { useSearchResults } from './useSearchResults';

/** Long enough to wait out a word being typed, short enough to feel like results follow the typing. */
export const SEARCH_DELAY_MS = 120;

export interface SearchOrder {
  sort: SearchSort;
  direction: Direction;
}

const asQuery = (text: string) => (text.trim() === '' ? '' : text);

/**
 * The search box's text and the search it asks for: the text once typing pauses (at once when it is
 * cleared, or on Enter), within a view of the library (none: no search), in the chosen order.
 */
export function useSearch(view: LibraryView | null) {
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [order, setOrder] = useState<SearchOrder>({ sort: 'relevance', direction: 'desc' });

  useEffect(() => {
    const query = asQuery(text);
    if (query === '') return;
    const timer = setTimeout(() => setAsked(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const type = useCallback((next: string) => {
    setText(next);
    if (asQuery(next) === '') setAsked('');
  }, []);
  /** Searches at once: for what is typed (Enter), or for a query from elsewhere (a saved search, a tag). */
  const run = useCallback(
    (next: string = text) => {
      setText(next);
      setAsked(asQuery(next));
    },
    [text],
  );

  const results = useSearchResults(asked !== '' && view !== null ? { query: asked, view, ...order } : null);
  return { text, setText: type, run, query: asked, order, setOrder, results };
}

export type SearchState = ReturnType<typeof useSearch>;
