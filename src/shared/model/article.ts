import { z } from 'zod';
import { IsoDateSchema } from './isoDate';
import { ProvenanceSchema } from './provenance';

export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'not an article id');
export type ArticleId = z.infer<typeof ArticleIdSchema>;

export const TextDirectionSchema = z.enum(['ltr', 'rtl']);

export const WebUrlSchema = z.url({ protocol: /^https?$/ }).max(8192);

/**
 * An article's record: everything the library list and the reader's header need.
 * Bulky content (HTML, text, raw capture, images) lives in files beside the records.
 */
export const ArticleSchema = z.object({
  id: ArticleIdSchema,
  /** The article's address; null for text pasted without one. */
  url: WebUrlSchema.nullable(),
  /** The page's own canonical address, tracking parameters removed: the key for spotting duplicates. */
  canonicalUrl: WebUrlSchema.nullable(),
  title: z.string().min(1).max(1000),
  authors: z.array(z.string().min(1).max(300)).max(50),
  siteName: z.string().max(300).nullable(),
  excerpt: z.string().max(2000),
  lang: z.string().max(35).nullable(),
  dir: TextDirectionSchema.nullable(),
  publishedAt: IsoDateSchema.nullable(),
  modifiedAt: IsoDateSchema.nullable(),
  savedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  /** Library-relative path of the locally stored lead image, if any. */
  leadImage: z.string().max(500).nullable(),
  tags: z.array(z.string()).max(500),
  read: z.boolean(),
  starred: z.boolean(),
  archived: z.boolean(),
  trashedAt: IsoDateSchema.nullable(),
  /** How far the reader has scrolled, 0..1. */
  progress: z.number().min(0).max(1),
  /** How the article was captured; null for records made before capture kept provenance. */
  provenance: ProvenanceSchema.nullable(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The state a user changes from the list or the reader. */
export const ArticleStatePatchSchema = z
  .object({
    read: z.boolean(),
    starred: z.boolean(),
    archived: z.boolean(),
    progress: z.number().min(0).max(1),
  })
  .partial()
  .strict()
  // A key sent as undefined (Electron's IPC keeps them) changes nothing, so it does not count.
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'nothing to change');
export type ArticleStatePatch = z.infer<typeof ArticleStatePatchSchema>;

/** The article body as stored at capture: sanitized HTML and its plain text. */
export const ArticleContentSchema = z.object({
  id: ArticleIdSchema,
  html: z.string(),
  text: z.string(),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;
