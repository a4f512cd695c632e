import { z } from 'zod';
import { ArticleSchema } from './article';
import { ArticleSortKeySchema, LibraryViewSchema } from './articleQuery';
import { IsoDateSchema } from './isoDate';

export const SEARCH_QUERY_MAX = 1000;

/** Relevance first; or any of the library's own sorts. */
export const SearchSortSchema = z.union([z.literal('relevance'), ArticleSortKeySchema]);
export type SearchSort = z.infer<typeof SearchSortSchema>;

/** A search typed in the box, within one of the library's views, in the query syntax of src/shared/search. */
export const SearchRequestSchema = z
  .object({
    query: z.string().max(SEARCH_QUERY_MAX),
    view: LibraryViewSchema.default('all'),
    sort: SearchSortSchema.default('relevance'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type SearchRequest = z.input<typeof SearchRequestSchema>;
export type ResolvedSearchRequest = z.output<typeof SearchRequestSchema>;

/** Where in an article a match was found. */
export const SearchFieldSchema = z.enum(['title', 'authors', 'site', 'tags', 'highlights', 'notes', 'body']);
export type SearchField = z.infer<typeof SearchFieldSchema>;

/** [start, end) of a matched word in a piece of text, in UTF-16 code units. */
export const TextMarkSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type TextMark = z.infer<typeof TextMarkSchema>;

/** A short passage around the best match, with the matched words marked (never HTML). */
export const SearchSnippetSchema = z.object({
  field: SearchFieldSchema,
  text: z.string(),
  marks: z.array(TextMarkSchema),
});
export type SearchSnippet = z.infer<typeof SearchSnippetSchema>;

export const SearchHitSchema = z.object({
  article: ArticleSchema,
  /** Higher is more relevant. */
  score: z.number(),
  /** The matched words in the article's title. */
  titleMarks: z.array(TextMarkSchema),
  /** Absent when only filters matched (a query of `tag:` and `is:` alone). */
  snippet: SearchSnippetSchema.nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchPageSchema = z.object({
  items: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  /** How many highlights each listed article has, for those that have any (as in articles:list). */
  highlightCounts: z.record(z.string(), z.number().int().positive()),
  /** How long the search took in main, for the curious and for the bench. */
  tookMs: z.number().nonnegative(),
});
export type SearchPage = z.infer<typeof SearchPageSchema>;

export const SAVED_SEARCH_NAME_MAX = 100;

export const SavedSearchSchema = z
  .object({
    id: z.uuid(),
    name: z.string().trim().min(1, 'A saved search needs a name.').max(SAVED_SEARCH_NAME_MAX),
    query: z.string().trim().min(1, 'There is no search to save.').max(SEARCH_QUERY_MAX),
    createdAt: IsoDateSchema,
  })
  .strict();
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const NewSavedSearchSchema = SavedSearchSchema.pick({ name: true, query: true });
export type NewSavedSearch = z.input<typeof NewSavedSearchSchema>;
