import { z } from 'zod';
import { ArticleIdSchema } from './article';

/** The export formats the importer reads; `backup` is our own full backup (restored, not imported). */
export const ImportFormatSchema = z.enum(['pocket-csv', 'pocket-html', 'instapaper', 'omnivore', 'wallabag', 'raindrop', 'readwise', 'netscape', 'backup']);

/** A row that could not be imported: the file (or ZIP entry), its line (CSV, HTML) or entry (JSON), and why. */
export const ImportProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  entry: z.number().int().nonnegative().optional(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What an import would do, before it does anything: the dry run, and the dialog's preview. */
export const ImportPreviewSchema = z.object({
  format: ImportFormatSchema,
  /** The file's name. */
  source: z.string(),
  /** Items not in the library yet. */
  new: z.number().int().nonnegative(),
  /** Items whose address an article of the library already has (or that repeat one earlier in the file). */
  existing: z.number().int().nonnegative(),
  /** Rows that cannot be imported, each listed in `problems` (which also notes items kept with something dropped). */
  invalid: z.number().int().nonnegative(),
  /** Of the new items, those whose page must still be fetched (the export holds no content for them). */
  toFetch: z.number().int().nonnegative(),
  problems: z.array(ImportProblemSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** What an import did: the preview's counts, with `added` articles now in the library. */
export const ImportResultSchema = ImportPreviewSchema.extend({
  added: z.number().int().nonnegative(),
  /** Of the added, links whose page waits in the fetch queue (or, without fetching, waits for a retry). */
  queued: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** The background fetch queue of imported links, as the UI follows it. */
export const ImportProgressSchema = z.object({
  /** idle: nothing to fetch; running; paused by the user (what runs finishes, nothing new starts). */
  state: z.enum(['idle', 'running', 'paused']),
  /** Links fetched since the queue last became idle, out of `total` (fetched + failed + pending). */
  fetched: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Seconds until the pending links are fetched, at the pace so far; null until there is a pace. */
  etaSeconds: z.number().nonnegative().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** An imported article that is still only a link: its page waits to be fetched, or failed to be. */
export const ImportLinkSchema = z.object({
  articleId: ArticleIdSchema,
  url: z.string(),
  state: z.enum(['pending', 'failed']),
  attempts: z.number().int().nonnegative(),
  /** Why the last attempt failed; `not-fetched` for links imported without fetching. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportLink = z.infer<typeof ImportLinkSchema>;
