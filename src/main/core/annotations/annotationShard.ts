import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleNoteSchema, HighlightSchema } from '../../../shared/model/annotation';
import type { RecordKind } from '../store/recordKind';

/**
 * One annotation record file (records/annotations/<xx>.json): the highlights and article notes of the
 * articles whose id hashes to shard xx, as article shards do, so one article's annotations share a file.
 *
 * The library's schemaVersion stays as it is: these files are new, and a missing one simply means "no
 * annotations", so existing libraries need no migration, and a library with annotations still opens in
 * the version before them (it leaves files it does not know alone). Raising the version would only make
 * that older version refuse the whole library for nothing.
 */
export const AnnotationShardSchema = z
  .object({
    schemaVersion: z.number().int().nonnegative(),
    highlights: z.record(z.string(), HighlightSchema),
    notes: z.record(z.string(), ArticleNoteSchema),
  })
  .refine((shard) => Object.entries(shard.highlights).every(([key, highlight]) => key === highlight.id), 'a highlight is filed under another id')
  .refine((shard) => Object.entries(shard.notes).every(([key, note]) => key === note.articleId), 'a note is filed under another article');
export type AnnotationShard = z.infer<typeof AnnotationShardSchema>;

/** `contentDir` lets a repair leave out annotations of articles deleted (Empty Trash) after the backup it restores. */
export function annotationShardKind(schemaVersion: number, contentDir: string): RecordKind<AnnotationShard> {
  return {
    name: 'annotationShard',
    schema: AnnotationShardSchema,
    empty: () => ({ schemaVersion, highlights: {}, notes: {} }),
    salvage(parsed, restored) {
      // The damaged file is newer than any backup: its readable records win.
      const highlights = salvageRecords(parsed.highlights, HighlightSchema, (highlight) => highlight.id, restored.highlights);
      const notes = salvageRecords(parsed.notes, ArticleNoteSchema, (note) => note.articleId, restored.notes);
      return highlights + notes;
    },
    async prune(restored) {
      // An article's content folder outlives its record, so an article without one was deleted for good.
      const articleIds = new Set([...Object.values(restored.highlights).map((h) => h.articleId), ...Object.keys(restored.notes)]);
      const gone = new Set<string>();
      await Promise.all([...articleIds].map((id) => access(join(contentDir, id)).catch(() => gone.add(id))));
      const highlights = Object.keys(restored.highlights).filter((id) => gone.has(restored.highlights[id]!.articleId));
      const notes = Object.keys(restored.notes).filter((id) => gone.has(id));
      for (const id of highlights) delete restored.highlights[id];
      for (const id of notes) delete restored.notes[id];
      return highlights.length + notes.length;
    },
  };
}

/** Copies into `into` the entries of `candidates` that validate and are filed under their own key. */
function salvageRecords<T>(candidates: unknown, schema: z.ZodType<T>, keyOf: (record: T) => string, into: Record<string, T>): number {
  if (typeof candidates !== 'object' || candidates === null) return 0;
  let kept = 0;
  for (const [key, candidate] of Object.entries(candidates)) {
    const result = schema.safeParse(candidate);
    if (!result.success || keyOf(result.data) !== key) continue;
    into[key] = result.data;
    kept++;
  }
  return kept;
}
