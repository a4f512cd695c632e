import { z } from 'zod';
import { ImportLinkSchema } from '../../../../shared/model/import';
import type { RecordKind } from '../../store/recordKind';

export { IMPORT_QUEUE_FILE } from '../../library/libraryLayout';

/**
 * records/importQueue.json: the imported links whose page is not fetched yet (pending) or could not be
 * (failed), so the queue resumes after a restart. A fetched link leaves the file; its article stays.
 */
export const ImportQueueFileSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  /** The user paused the queue: it stays paused across restarts until resumed. */
  paused: z.boolean(),
  links: z.array(ImportLinkSchema),
});
export type ImportQueueFile = z.infer<typeof ImportQueueFileSchema>;

export function importQueueKind(schemaVersion: number): RecordKind<ImportQueueFile> {
  return { name: 'importQueue', schema: ImportQueueFileSchema, empty: () => ({ schemaVersion, paused: false, links: [] }) };
}
