import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema, type Article } from '../../../shared/model/article';
import type { RecordKind } from '../store/recordKind';

/** One article record file: the articles whose id hashes to it, keyed by id. */
export const ArticleShardSchema = z
  .object({
    schemaVersion: z.number().int().nonnegative(),
    articles: z.record(z.string(), ArticleSchema),
  })
  .refine((shard) => Object.entries(shard.articles).every(([key, article]) => key === article.id), 'an article is filed under another id');
export type ArticleShard = z.infer<typeof ArticleShardSchema>;

/** `contentDir` lets a repair leave out articles whose content was deleted after the backup it restores. */
export function articleShardKind(schemaVersion: number, contentDir: string): RecordKind<ArticleShard> {
  return {
    name: 'articleShard',
    schema: ArticleShardSchema,
    empty: () => ({ schemaVersion, articles: {} }),
    salvage(parsed, restored) {
      const articles = parsed.articles;
      if (typeof articles !== 'object' || articles === null) return 0;
      let kept = 0;
      for (const [key, candidate] of Object.entries(articles)) {
        const result = ArticleSchema.safeParse(candidate);
        if (!result.success || result.data.id !== key) continue;
        // The damaged file is newer than any backup: its readable records win.
        restored.articles[key] = result.data;
        kept++;
      }
      return kept;
    },
    async prune(restored) {
      // Content is written before its record and deleted after it, so a record without content is one
      // that Empty Trash removed after the backup was taken: it must not come back, pointing at nothing.
      const ids = Object.keys(restored.articles);
      const present = await Promise.all(ids.map((id) => access(join(contentDir, id)).then(() => true, () => false)));
      const gone = ids.filter((_, i) => !present[i]);
      for (const id of gone) delete restored.articles[id];
      return gone.length;
    },
  };
}

/**
 * The shard an article lives in: FNV-1a over the id, so shards stay even whatever kind of id is used
 * (time-ordered UUIDs share their first characters).
 */
export function shardOf(id: Article['id'], shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}
