import { z } from 'zod';
import { IsoDateSchema } from './isoDate';

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 digest');

export const CaptureSourceKindSchema = z.enum(['url', 'file', 'paste']);
export type CaptureSourceKind = z.infer<typeof CaptureSourceKindSchema>;

export const FailedImageSchema = z.object({
  url: z.string().max(8192),
  reason: z.string().max(500),
});

/** Where a saved article came from and how it was captured, so its origin can always be checked. */
export const ProvenanceSchema = z.object({
  source: CaptureSourceKindSchema,
  /** What the user asked for (an address), if anything. */
  requestedUrl: z.string().max(8192).nullable(),
  /** The address the page was finally served from, after redirects. */
  finalUrl: z.string().max(8192).nullable(),
  httpStatus: z.number().int().min(100).max(599).nullable(),
  contentType: z.string().max(300).nullable(),
  /** The file the page was read from, for saved pages and text files. */
  fileName: z.string().max(1000).nullable(),
  capturedAt: IsoDateSchema,
  /** SHA-256 of the raw bytes as captured, and of the extracted plain text. */
  rawSha256: Sha256Schema,
  textSha256: Sha256Schema,
  /** Library-relative path of the compressed raw capture, or null when none is kept. */
  rawFile: z.string().max(500).nullable(),
  imagesStored: z.number().int().nonnegative(),
  imagesFailed: z.array(FailedImageSchema).max(1000),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
