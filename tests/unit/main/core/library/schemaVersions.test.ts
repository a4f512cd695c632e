import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutSeal } from '../../../../../src/main/core/store/integritySeal';
import { ARTICLE_SHARDS, articleShardFile } from '../../../../../src/main/core/library/libraryLayout';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { shardOf } from '../../../../../src/main/core/articles/articleShard';
import type { Migration } from '../../../../../src/main/core/store/migrations';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../../src/main/core/library/schemaVersion';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/model/settings';
import { listFiles, makeArticle, makeTempDir, seedLibrary, withLibrary } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

async function snapshot(): Promise<Record<string, string>> {
  const files = await listFiles(dir);
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')] as const)));
}

describe('a library written by a newer version', () => {
  it.each([
    ['its manifest', 'library.json'],
    ['one record file', articleShardFile(shardOf(makeArticle(1).id, ARTICLE_SHARDS))],
  ])('is refused, by %s, without writing anything', async (_where, file) => {
    await seedLibrary(dir, 5);
    const path = join(dir, file);
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: SCHEMA_VERSION + 1 }));
    const before = await snapshot();

    const opening = openLibrary({ dir });
    await expect(opening).rejects.toMatchObject({ code: 'library-newer', message: expect.stringContaining('newer version of News Archive') });
    expect(await snapshot()).toEqual(before);
  });
});

describe('migrations', () => {
  // A fake earlier format: settings flat, each shard's articles in an array.
  const zeroToOne: Migration = {
    from: 0,
    migrate(kind, file) {
      if (kind === 'settings') return { settings: { theme: file.theme } };
      if (kind === 'articleShard') return { articles: Object.fromEntries((file.articles as { id: string }[]).map((article) => [article.id, article])) };
      return file;
    },
  };

  async function writeVersionZeroLibrary() {
    const articles = [1, 2, 3].map((n) => makeArticle(n));
    await mkdir(join(dir, 'records', 'articles'), { recursive: true });
    await writeFile(join(dir, 'library.json'), JSON.stringify({ format: 'news-archive-library', schemaVersion: 0, id: 'old', createdAt: '2020-01-01T00:00:00.000Z' }));
    await writeFile(join(dir, 'records', 'settings.json'), JSON.stringify({ schemaVersion: 0, theme: 'dark' }));
    for (const article of articles) {
      const rel = articleShardFile(shardOf(article.id, ARTICLE_SHARDS));
      await writeFile(join(dir, rel), JSON.stringify({ schemaVersion: 0, articles: [article] }));
    }
    return articles;
  }

  it('brings every file up to the current version, after backing up the old ones', async () => {
    const articles = await writeVersionZeroLibrary();
    const before = await snapshot();
    await withLibrary({ dir, migrations: [zeroToOne, ...MIGRATIONS] }, async (library) => {
      expect(library.settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
      expect(library.articles.get(articles[1]!.id)).toEqual(articles[1]);
      expect(library.notices).toEqual([]);
    });
    const after = await snapshot();
    expect(JSON.parse(after['library.json']!)).toMatchObject({ schemaVersion: SCHEMA_VERSION, id: 'old' });
    expect(withoutSeal(JSON.parse(after['records/settings.json']!))).toEqual({ schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    const [backup] = await readdir(join(dir, 'backups'));
    for (const [file, text] of Object.entries(before)) expect(after[`backups/${backup}/${file}`]).toBe(text);

    await withLibrary({ dir }, async (library) => expect(library.articles.count()).toBe(3)); // no steps needed any more
  });

  it('refuses a version it has no migration for', async () => {
    await writeVersionZeroLibrary();
    await expect(openLibrary({ dir })).rejects.toMatchObject({ code: 'storage-failure' });
  });
});

describe('format 1 to 2: capture fields', () => {
  it('gives articles saved before capture a null canonical address, modified date and provenance', async () => {
    const article = makeArticle(7);
    const { canonicalUrl, modifiedAt, provenance, ...formatOne } = article;
    expect({ canonicalUrl, modifiedAt, provenance }).toEqual({ canonicalUrl: article.url, modifiedAt: null, provenance: null });
    const rel = articleShardFile(shardOf(article.id, ARTICLE_SHARDS));
    await mkdir(join(dir, 'records', 'articles'), { recursive: true });
    await writeFile(join(dir, 'library.json'), JSON.stringify({ format: 'news-archive-library', schemaVersion: 1, id: 'v1', createdAt: '2025-01-01T00:00:00.000Z' }));
    await writeFile(join(dir, 'records', 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { theme: 'sepia' } }));
    await writeFile(join(dir, rel), JSON.stringify({ schemaVersion: 1, articles: { [article.id]: formatOne } }));

    await withLibrary({ dir }, async (library) => {
      expect(library.articles.get(article.id)).toEqual({ ...article, canonicalUrl: null, modifiedAt: null, provenance: null });
      expect(library.settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    });
    const shard = JSON.parse(await readFile(join(dir, rel), 'utf8'));
    expect(shard.schemaVersion).toBe(2);
    expect(shard.articles[article.id]).toMatchObject({ canonicalUrl: null, modifiedAt: null, provenance: null });
  });
});
