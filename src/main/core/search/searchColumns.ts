import type { SearchField } from '../../../shared/model/search';

/** The index's columns, in table order. */
export const SEARCH_COLUMNS = ['title', 'authors', 'site', 'tags', 'highlights', 'notes', 'body'] as const satisfies readonly SearchField[];

/** bm25 weight of a match in each column: title and highlights count most, the body least. */
export const COLUMN_WEIGHTS: Record<SearchField, number> = { title: 10, highlights: 8, notes: 5, tags: 4, authors: 3, site: 2, body: 1 };

/**
 * The record's fields a snippet is taken from, best first; the body, weighed least, comes after them all
 * (it is read from the disk only then), and the title is shown with its own marks.
 */
export const RECORD_SNIPPET_FIELDS = (Object.keys(COLUMN_WEIGHTS) as SearchField[]).filter((field) => field !== 'title' && field !== 'body').sort((a, b) => COLUMN_WEIGHTS[b] - COLUMN_WEIGHTS[a]);
