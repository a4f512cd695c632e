import { z } from 'zod';
import { IsoDateSchema } from './isoDate';

/** Something the library did on its own that the user must know about (a repaired file, a restored backup). */
export const LibraryNoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** Where the damaged file was moved, when one was. */
  path: z.string().nullable(),
  at: IsoDateSchema,
});
export type LibraryNotice = z.infer<typeof LibraryNoticeSchema>;

export const LibraryInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int().positive(),
  articleCount: z.number().int().nonnegative(),
  notices: z.array(LibraryNoticeSchema),
  /**
   * What turns a record's `content/<id>/images/<file>` into an address the renderer can load:
   * the asset protocol in the desktop app, the harness's asset route in a browser.
   */
  assetBaseUrl: z.string(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;
