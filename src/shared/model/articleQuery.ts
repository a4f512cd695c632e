import { z } from 'zod';
import { ArticleSchema } from './article';

export const LibraryViewSchema = z.enum(['unread', 'all', 'starred', 'archive', 'trash']);
export type LibraryView = z.infer<typeof LibraryViewSchema>;

export const ArticleSortKeySchema = z.enum(['savedAt', 'publishedAt', 'title', 'siteName', 'readingMinutes']);
export type ArticleSortKey = z.infer<typeof ArticleSortKeySchema>;

export const ArticleQuerySchema = z
  .object({
    view: LibraryViewSchema.default('unread'),
    sort: ArticleSortKeySchema.default('savedAt'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    site: z.string().max(300).optional(),
    /** Only articles carrying this tag (its exact name; the tags feature refines what a tag filter means). */
    tag: z.string().max(100).optional(),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ArticleQuery = z.input<typeof ArticleQuerySchema>;
export type ResolvedArticleQuery = z.output<typeof ArticleQuerySchema>;

export const ArticlePageSchema = z.object({
  items: z.array(ArticleSchema),
  /** How many articles match the query in all, for the list's scroll height. */
  total: z.number().int().nonnegative(),
});
export type ArticlePage = z.infer<typeof ArticlePageSchema>;
