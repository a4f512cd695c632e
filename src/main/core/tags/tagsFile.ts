import { z } from 'zod';
import { TagSchema } from '../../../shared/model/tag';
import type { RecordKind } from '../store/recordKind';

/**
 * records/tags.json: the tags the user made or coloured. A name carried by articles is a tag whether
 * or not it is listed here, so libraries from before this file need no migration.
 */
export const TagsFileSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  tags: z.array(TagSchema),
});
export type TagsFile = z.infer<typeof TagsFileSchema>;

export function tagsKind(schemaVersion: number): RecordKind<TagsFile> {
  return { name: 'tags', schema: TagsFileSchema, empty: () => ({ schemaVersion, tags: [] }) };
}
