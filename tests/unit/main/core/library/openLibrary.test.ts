import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutSeal } from '../../../../../src/main/core/store/integritySeal';
import { SCHEMA_VERSION } from '../../../../../src/main/core/library/schemaVersion';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/model/settings';
import type { ArticlesChanged } from '../../../../../src/shared/ipc/contract';
import { ArticleQuerySchema } from '../../../../../src/shared/model/articleQuery';
import { contentOf, makeArticle, makeTempDir, seedLibrary, withLibrary } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const query = (input: Parameters<typeof ArticleQuerySchema.parse>[0] = {}) => ArticleQuerySchema.parse(input);

describe('openLibrary', () => {
  it('creates a library folder with a manifest, default settings and no articles', async () => {
    const at = new Date('2025-03-18T10:00:00.000Z');
    await withLibrary({ dir: join(dir, 'new'), clock: () => at, randomId: () => 'fixed-id' }, async (library) => {
      expect(library.schemaVersion).toBe(SCHEMA_VERSION);
      expect(library.notices).toEqual([]);
      expect(library.articles.count()).toBe(0);
      expect(library.settings.get()).toEqual(DEFAULT_SETTINGS);
    });
    const manifest = withoutSeal(JSON.parse(await readFile(join(dir, 'new', 'library.json'), 'utf8')));
    expect(manifest).toEqual({ format: 'news-archive-library', schemaVersion: SCHEMA_VERSION, id: 'fixed-id', createdAt: at.toISOString() });
    expect(await readdir(join(dir, 'new'))).not.toContain('library.lock');
  });

  it('stores articles in shards and their content in files, and reads both back after reopening', async () => {
    const articles = await seedLibrary(dir, 30);
    const shardFiles = await readdir(join(dir, 'records', 'articles'));
    expect(shardFiles.length).toBeGreaterThan(10); // spread over shards, not one file
    expect(await readFile(join(dir, 'content', articles[0]!.id, 'article.html'), 'utf8')).toBe('<p>Story number 1</p>');

    await withLibrary({ dir }, async (library) => {
      expect(library.articles.count()).toBe(30);
      expect(library.articles.get(articles[4]!.id)).toEqual(articles[4]);
      expect(await library.articles.content(articles[4]!.id)).toEqual({ id: articles[4]!.id, ...contentOf(articles[4]!) });
      await expect(library.articles.content(makeArticle(999).id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(library.articles.add(articles[0]!, contentOf(articles[0]!))).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });

  it('applies state changes durably, counts only real changes and ignores unknown ids', async () => {
    const articles = await seedLibrary(dir, 10);
    const at = new Date('2025-04-01T00:00:00.000Z');
    await withLibrary({ dir, clock: () => at }, async (library) => {
      const events: ArticlesChanged[] = [];
      library.on('articlesChanged', (event) => events.push(event));
      const ids = [articles[0]!.id, articles[1]!.id, makeArticle(500).id];
      expect(await library.articles.setState(ids, { starred: true })).toBe(2);
      expect(await library.articles.setState(ids, { starred: true })).toBe(0);
      expect(events).toEqual([{ ids: ids.slice(0, 2), reason: 'updated' }]);
      expect(library.articles.get(articles[0]!.id)).toMatchObject({ starred: true, updatedAt: at.toISOString() });
    });
    await withLibrary({ dir }, async (library) => {
      expect(library.articles.list(query({ view: 'starred' })).total).toBe(2);
    });
  });

  it('never saves a record with a hole: keys sent as undefined change nothing', async () => {
    const [article] = await seedLibrary(dir, 1);
    await withLibrary({ dir }, async (library) => {
      await expect(library.articles.setState([article!.id], { read: undefined })).rejects.toMatchObject({ code: 'invalid-input' });
      expect(await library.articles.setState([article!.id], { read: undefined, starred: true })).toBe(1);
      expect(library.articles.get(article!.id)).toMatchObject({ read: false, starred: true });
    });
    await withLibrary({ dir }, async (library) => expect(library.articles.get(article!.id)).toMatchObject({ read: false, starred: true }));
  });

  it('lets concurrent changes to one shard share writes, and all of them last', async () => {
    const articles = await seedLibrary(dir, 40);
    await withLibrary({ dir }, async (library) => {
      await Promise.all(articles.map((article, i) => library.articles.setState([article.id], { progress: i / 40 })));
    });
    await withLibrary({ dir }, async (library) => {
      articles.forEach((article, i) => expect(library.articles.get(article.id)?.progress).toBe(i / 40));
    });
  });

  it('emits articlesChanged when an article is added, once it is stored', async () => {
    await withLibrary({ dir }, async (library) => {
      const article = makeArticle(7);
      const events: ArticlesChanged[] = [];
      library.on('articlesChanged', (event) => events.push(event));
      await library.articles.add(article, contentOf(article));
      expect(events).toEqual([{ ids: [article.id], reason: 'created' }]);
      await expect(library.articles.add({ ...makeArticle(8), url: 'ftp://x' }, contentOf(article))).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });

  it('updates settings durably and emits settingsChanged', async () => {
    await withLibrary({ dir }, async (library) => {
      const seen: unknown[] = [];
      const unsubscribe = library.on('settingsChanged', (settings) => seen.push(settings));
      expect(await library.settings.update({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
      unsubscribe();
      await library.settings.update({ theme: 'sepia' });
      expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }]);
      await expect(library.settings.update({ theme: 'neon' } as never)).rejects.toMatchObject({ code: 'invalid-input' });
    });
    await withLibrary({ dir }, async (library) => expect(library.settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' }));
  });

  it('changes only the settings a patch names', async () => {
    await withLibrary({ dir }, async (library) => {
      await library.settings.update({ allowLocalNetwork: true, fontSize: 22 });
      expect(await library.settings.update({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, allowLocalNetwork: true, fontSize: 22, theme: 'dark' });
    });
  });

  it('takes a backup at open when none is recent, and keeps the newest five', async () => {
    await seedLibrary(dir, 3, { clock: () => new Date('2025-01-01T00:00:00.000Z') });
    for (let day = 1; day <= 7; day++) {
      const at = new Date(`2025-05-0${day}T12:00:00.000Z`);
      await withLibrary({ dir, clock: () => at }, async () => undefined);
      await withLibrary({ dir, clock: () => new Date(at.getTime() + 60_000) }, async () => undefined); // too soon: no new backup
    }
    const backups = await readdir(join(dir, 'backups'));
    expect(backups.sort()).toEqual(['03', '04', '05', '06', '07'].map((day) => `2025-05-${day}T12-00-00-000Z`));
    expect(await readdir(join(dir, 'backups', backups[0]!))).toEqual(expect.arrayContaining(['library.json', 'records']));
  });
});
