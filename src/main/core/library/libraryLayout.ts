import { join } from 'node:path';

/** Number of article record files; an article lives in the shard its id hashes to. */
export const ARTICLE_SHARDS = 256;

export const MANIFEST_FILE = 'library.json';
export const SETTINGS_FILE = 'records/settings.json';
export const TAGS_FILE = 'records/tags.json';
export const SAVED_SEARCHES_FILE = 'records/savedSearches.json';
/** Imported links still to download; the import service owns it (see import/apply/importQueueFile.ts). */
export const IMPORT_QUEUE_FILE = 'records/importQueue.json';

const shardName = (shard: number) => shard.toString(16).padStart(2, '0');

/** `records/articles/3f.json` */
export function articleShardFile(shard: number): string {
  return `records/articles/${shardName(shard)}.json`;
}

/** `records/annotations/3f.json`: the annotations of the articles in `records/articles/3f.json`. */
export function annotationShardFile(shard: number): string {
  return `records/annotations/${shardName(shard)}.json`;
}

/** Where everything lives inside a library folder. Record file names are relative (they recur inside backups). */
export function libraryLayout(dir: string) {
  return {
    dir,
    lockFile: join(dir, 'library.lock'),
    recordsDir: join(dir, 'records'),
    articlesDir: join(dir, 'records', 'articles'),
    annotationsDir: join(dir, 'records', 'annotations'),
    contentDir: join(dir, 'content'),
    /** Content being written; emptied at open (a few entries, unlike content/ itself). */
    stagingDir: join(dir, 'content', '.staging'),
    backupsDir: join(dir, 'backups'),
    damagedDir: join(dir, 'damaged'),
    /** Derived data, rebuilt from the records whenever it is missing, outdated or damaged; never backed up. */
    searchIndexFile: join(dir, 'index', 'search.sqlite'),
  };
}
export type LibraryLayout = ReturnType<typeof libraryLayout>;
