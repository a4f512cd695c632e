import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/model/settings';
import { shardOf } from '../../../../../src/main/core/articles/articleShard';
import { ARTICLE_SHARDS, articleShardFile } from '../../../../../src/main/core/library/libraryLayout';
import type { Article } from '../../../../../src/shared/model/article';
import { makeArticle, makeTempDir, seedLibrary, withLibrary } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const january = () => new Date('2025-01-01T00:00:00.000Z');
const february = () => new Date('2025-02-01T00:00:00.000Z');
const march = () => new Date('2025-03-01T00:00:00.000Z');

/** 40 articles, the first four of them in one shard (so one damaged file holds several). */
function fortyArticles(): Article[] {
  const candidates = Array.from({ length: 3000 }, (_, i) => makeArticle(i + 1));
  const shard = shardOf(candidates[0]!.id, ARTICLE_SHARDS);
  const together = candidates.filter((article) => shardOf(article.id, ARTICLE_SHARDS) === shard).slice(0, 4);
  return [...together, ...candidates.filter((article) => !together.includes(article)).slice(0, 36)];
}

/** A library of 40 articles with a backup of all of it (taken at the February open). */
async function libraryWithBackup(): Promise<Article[]> {
  const articles = await seedLibrary(dir, fortyArticles(), { clock: january });
  await withLibrary({ dir, clock: february }, async () => undefined);
  return articles;
}

const shardPathOf = (article: Article) => join(dir, articleShardFile(shardOf(article.id, ARTICLE_SHARDS)));

const damages: [string, (text: string) => string][] = [
  ['empty', () => ''],
  ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
  ['not JSON', () => 'this is not JSON at all'],
  ['not an object', () => '[1, 2, 3]'],
  ['failing the schema', (text) => text.replace(/"url":"[^"]+"/, '"url":"javascript:alert(1)"')],
];

describe('opening a library with a damaged record file', () => {
  it.each(damages)('moves a file that is %s aside, restores the backup and says so', async (_kind, damage) => {
    const articles = await libraryWithBackup();
    const target = shardPathOf(articles[0]!);
    const damaged = damage(await readFile(target, 'utf8'));
    await writeFile(target, damaged);

    await withLibrary({ dir, clock: march }, async (library) => {
      expect(library.articles.count()).toBe(40);
      expect(library.articles.get(articles[0]!.id)).toEqual(articles[0]);
      expect(library.notices).toHaveLength(1);
      const [notice] = library.notices;
      expect(notice).toMatchObject({ level: 'warning', path: expect.stringContaining(join(dir, 'damaged')) });
      expect(notice!.message).toContain(articleShardFile(shardOf(articles[0]!.id, ARTICLE_SHARDS)));
      expect(notice!.message).toContain('backup from 2025-02-01T00:00:00.000Z was restored');
      expect(notice!.message).toContain(notice!.path);
      expect(await readFile(notice!.path!, 'utf8')).toBe(damaged); // kept as it was, for the user
    });
    await withLibrary({ dir }, async (library) => expect(library.notices).toEqual([])); // repaired for good
  });

  it('keeps the records of a damaged file that still validate, over the backup', async () => {
    const articles = await libraryWithBackup();
    const shard = shardOf(articles[0]!.id, ARTICLE_SHARDS);
    const sameShard = articles.filter((article) => shardOf(article.id, ARTICLE_SHARDS) === shard);
    expect(sameShard).toHaveLength(4);
    const file = JSON.parse(await readFile(shardPathOf(articles[0]!), 'utf8'));
    file.articles[articles[0]!.id].title = ''; // invalid
    for (const article of sameShard.slice(1)) file.articles[article.id].starred = true; // newer than the backup
    await writeFile(shardPathOf(articles[0]!), JSON.stringify(file));

    await withLibrary({ dir, clock: march }, async (library) => {
      expect(library.articles.get(articles[0]!.id)?.title).toBe(articles[0]!.title); // from the backup
      for (const article of sameShard.slice(1)) expect(library.articles.get(article.id)?.starred).toBe(true);
      expect(library.notices[0]!.message).toContain(`${sameShard.length - 1} readable record`);
    });
  });

  it('does not bring back from the backup an article deleted from the Trash since', async () => {
    const articles = await libraryWithBackup();
    const [gone, kept] = articles;
    await withLibrary({ dir, clock: march }, async (library) => {
      await library.articles.trash([gone!.id]);
      expect(await library.articles.emptyTrash()).toBe(1);
    });
    await writeFile(shardPathOf(gone!), '');

    await withLibrary({ dir, clock: march }, async (library) => {
      expect(library.articles.get(gone!.id)).toBeUndefined();
      expect(library.articles.count()).toBe(39);
      expect(library.notices[0]!.message).toContain('1 article of the backup had since been deleted from the Trash and stays deleted.');
      if (shardOf(kept!.id, ARTICLE_SHARDS) === shardOf(gone!.id, ARTICLE_SHARDS)) expect(library.articles.get(kept!.id)).toEqual(kept);
    });
  });

  it('starts a file empty when there is no backup, keeping what still validates', async () => {
    const articles = await seedLibrary(dir, fortyArticles(), { clock: january }); // the only backup was taken before any article
    const file = JSON.parse(await readFile(shardPathOf(articles[0]!), 'utf8'));
    const inShard = Object.keys(file.articles).length;
    expect(inShard).toBe(4);
    file.articles[articles[0]!.id].readingMinutes = -1;
    await writeFile(shardPathOf(articles[0]!), JSON.stringify(file));

    await withLibrary({ dir, clock: march }, async (library) => {
      expect(library.articles.get(articles[0]!.id)).toBeUndefined();
      expect(library.articles.count()).toBe(40 - 1); // only the invalid record is lost
      expect(library.notices[0]!.message).toContain('No backup of it existed, so it starts empty');
      expect(library.notices[0]!.message).toContain(`${inShard - 1} readable record`);
    });
  });

  it('restores damaged settings and manifest files too', async () => {
    await seedLibrary(dir, 1, { clock: january });
    await withLibrary({ dir, clock: january }, (library) => library.settings.update({ theme: 'dark' }));
    await withLibrary({ dir, clock: february }, async () => undefined);
    await writeFile(join(dir, 'records', 'settings.json'), '{"schemaVersion":2,"settings":{"theme":"ne');
    await writeFile(join(dir, 'library.json'), '');

    await withLibrary({ dir, clock: march }, async (library) => {
      expect(library.settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
      expect(library.notices.map((notice) => notice.message)).toEqual([
        expect.stringContaining('records/settings.json was damaged (it was cut off before its end)'),
        expect.stringContaining('library.json was damaged (it was empty)'),
      ]);
    });
    expect((await readdir(join(dir, 'damaged'))).sort()).toEqual(['2025-03-01T00-00-00-000Z-library.json', '2025-03-01T00-00-00-000Z-records_settings.json']);
  });
});
