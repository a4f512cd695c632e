import { z } from 'zod';
import { ArticleSchema } from './article';
import { TAG_NAME_MAX } from './tag';

export const LibraryViewSchema = z.enum(['unread', 'all', 'starred', 'archive', 'trash']);
export type LibraryView = z.infer<typeof LibraryViewSchema>;

export const ArticleSortKeySchema = z.enum(['savedAt', 'publishedAt', 'title', 'siteName', 'readingMinutes']);
export type ArticleSortKey = z.infer<typeof ArticleSortKeySchema>;

export const TagModeSchema = z.enum(['any', 'all']);
export type TagMode = z.infer<typeof TagModeSchema>;

export const ArticleQuerySchema = z
  .object({
    view: LibraryViewSchema.default('unread'),
    sort: ArticleSortKeySchema.default('savedAt'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    site: z.string().max(300).optional(),
    /** Only articles carrying these tags (any or all of them, per `tagMode`); a parent tag includes its children. */
    tags: z.array(z.string().max(TAG_NAME_MAX).trim()).max(50).default([]),
    tagMode: TagModeSchema.default('any'),
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
