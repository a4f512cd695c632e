import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/model/isoDate';
import type { RecordKind } from '../store/recordKind';

export const LIBRARY_FORMAT = 'news-archive-library';

/** library.json: what makes a folder a library, and which format version it is in. */
export const ManifestSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  schemaVersion: z.number().int().nonnegative(),
  id: z.string().min(1),
  createdAt: IsoDateSchema,
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The manifest record kind; `empty` is filled in with a fresh id and date when a library is created. */
export function manifestKind(create: () => Manifest): RecordKind<Manifest> {
  return { name: 'manifest', schema: ManifestSchema, empty: create };
}
