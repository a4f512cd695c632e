import { join } from 'node:path';
import { shardOf } from '../src/main/core/articles/articleShard';
import { writeFileAtomic } from '../src/main/core/fs/writeFileAtomic';
import { sealJson } from '../src/main/core/store/integritySeal';
import { ARTICLE_SHARDS, articleShardFile } from '../src/main/core/library/libraryLayout';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { SCHEMA_VERSION } from '../src/main/core/library/schemaVersion';
import type { Article } from '../src/shared/model/article';

/**
 * Writes a library of `articles` in bulk: the app creates it (manifest, settings), then each shard file is
 * written once, as the store writes it. Content files are left out: no measured operation reads them.
 */
export async function writeLibrary(dir: string, articles: readonly Article[]): Promise<void> {
  const library = await openLibrary({ dir });
  await library.settings.update({ theme: 'system' });
  await library.close();
  const shards = Array.from({ length: ARTICLE_SHARDS }, () => ({ schemaVersion: SCHEMA_VERSION, articles: {} as Record<string, Article> }));
  for (const article of articles) shards[shardOf(article.id, ARTICLE_SHARDS)]!.articles[article.id] = article;
  await Promise.all(shards.map((shard, i) => writeFileAtomic(join(dir, articleShardFile(i)), sealJson(JSON.stringify(shard)))));
}
