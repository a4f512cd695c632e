import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { IsoDateSchema } from './isoDate';

const Address = z.string().trim().min(1).max(8192);

/** What the user gives the app to save. Files picked in the desktop app travel by path, in main only. */
export const CaptureInputSchema = z.discriminatedUnion('kind', [
  /** A web address, typed, pasted or dropped. */
  z.object({ kind: z.literal('url'), url: Address }).strict(),
  /** Pasted or dropped text; `url` names where it came from, when known. */
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(5_000_000), format: z.enum(['text', 'markdown']), url: Address.optional() }).strict(),
  /** The clipboard's HTML flavour. */
  z.object({ kind: z.literal('html'), html: z.string().min(1).max(20_000_000), url: Address.optional() }).strict(),
  /** A dropped file's name and bytes (base64): .html, .htm, .mhtml, .mht, .txt, .md. */
  z.object({ kind: z.literal('file'), name: z.string().min(1).max(1000), base64: z.string().min(1).max(30_000_000) }).strict(),
]);
export type CaptureInput = z.infer<typeof CaptureInputSchema>;

export const CaptureStateSchema = z.enum([
  'queued',
  'fetching',
  'extracting',
  'images',
  'saving',
  'done',
  'duplicate',
  'failed',
  'cancelled',
]);
export type CaptureState = z.infer<typeof CaptureStateSchema>;

/** One save in progress or just finished, as the UI shows it. */
export const CaptureJobSchema = z.object({
  id: z.string().min(1).max(100),
  /** What is being saved, for people: the address, the file name, or "Pasted text". */
  label: z.string().max(1000),
  state: CaptureStateSchema,
  /** Images fetched so far, while in the 'images' state. */
  images: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable(),
  /** The saved article ('done'), or the one already in the library ('duplicate'). */
  articleId: ArticleIdSchema.nullable(),
  title: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  startedAt: IsoDateSchema,
  finishedAt: IsoDateSchema.nullable(),
});
export type CaptureJob = z.infer<typeof CaptureJobSchema>;
