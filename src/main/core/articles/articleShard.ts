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

export function articleShardKind(schemaVersion: number): RecordKind<ArticleShard> {
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
