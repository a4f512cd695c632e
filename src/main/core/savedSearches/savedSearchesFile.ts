import { z } from 'zod';
import { SavedSearchSchema } from '../../../shared/model/search';
import type { RecordKind } from '../store/recordKind';

/**
 * records/savedSearches.json: the searches kept under a name for the sidebar. A missing file means none,
 * so libraries from before it need no migration.
 */
export const SavedSearchesFileSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  searches: z.array(SavedSearchSchema),
});
export type SavedSearchesFile = z.infer<typeof SavedSearchesFileSchema>;

export function savedSearchesKind(schemaVersion: number): RecordKind<SavedSearchesFile> {
  return { name: 'savedSearches', schema: SavedSearchesFileSchema, empty: () => ({ schemaVersion, searches: [] }) };
}
