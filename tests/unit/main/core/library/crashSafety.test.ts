import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleShardSchema } from '../../../../../src/main/core/articles/articleShard';
import { isTempName } from '../../../../../src/main/core/fs/tempFiles';
import { ArticleQuerySchema } from '../../../../../src/shared/model/articleQuery';
import { listFiles, makeTempDir, seedLibrary, withLibrary } from '../support/fixtures';
import { spawnLibraryChild } from '../support/spawnLibraryChild';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

describe('a writer killed mid-burst', () => {
  it('leaves every file whole, holding the old or the new state, and no temp files after reopening', async () => {
    const seeded = await seedLibrary(dir, 50);
    const child = spawnLibraryChild('burst', dir);
    await child.waitForLines(150); // well into the burst: many writes done, more in flight
    await child.kill();

    // What the child saw durable: per article, the newest change (k) it was told had reached the disk.
    const durable = new Map<string, number>();
    for (const line of child.lines.filter((l) => l.startsWith('durable '))) {
      const [, k, id] = line.split(' ');
      durable.set(id!, Math.max(durable.get(id!) ?? 0, Number(k)));
    }
    expect(durable.size).toBeGreaterThan(0);

    for (const file of (await listFiles(dir)).filter((f) => /^records\/articles\/[0-9a-f]{2}\.json$/.test(f))) {
      expect(ArticleShardSchema.safeParse(JSON.parse(await readFile(join(dir, file), 'utf8'))).success).toBe(true);
    }

    await withLibrary({ dir }, async (library) => {
      expect(library.notices).toEqual([]);
      for (const article of seeded) {
        const { progress } = library.articles.get(article.id)!;
        const k = Math.round(progress * 100_000);
        expect(k / 100_000).toBe(progress); // the old value (0) or one the child wrote
        expect(k).toBeGreaterThanOrEqual(durable.get(article.id) ?? 0); // nothing reported durable was lost
      }
      const all = library.articles.list(ArticleQuerySchema.parse({ view: 'all', limit: 500 }));
      expect(all.total).toBeGreaterThan(seeded.length); // the articles added by the child
      for (const article of all.items) await expect(library.articles.content(article.id)).resolves.toMatchObject({ id: article.id });
    });
    const leftovers = (await listFiles(dir)).filter((file) => file.split('/').some(isTempName));
    expect(leftovers).toEqual([]);
  });
});
