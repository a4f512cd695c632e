import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticlesChanged } from '../../../../../src/shared/ipc/contract';
import { ArticleQuerySchema } from '../../../../../src/shared/model/articleQuery';
import { makeArticle, makeTempDir, seedLibrary, withLibrary } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const at = new Date('2025-04-01T12:00:00.000Z');
const inView = (view: 'all' | 'trash' | 'archive') => ArticleQuerySchema.parse({ view, sort: 'title', direction: 'asc' });
const contentFolders = async () => (await readdir(join(dir, 'content'))).filter((name) => !name.startsWith('.')).sort();
const journal = () => join(dir, 'content', '.staging', 'removing.json');

describe('the Trash', () => {
  it('takes articles from any view, keeps their state, and gives them back as they were', async () => {
    const [a, b, c] = await seedLibrary(dir, [makeArticle(1), makeArticle(2, { archived: true, starred: true }), makeArticle(3)]);
    await withLibrary({ dir, clock: () => at }, async (library) => {
      const events: ArticlesChanged[] = [];
      library.on('articlesChanged', (event) => events.push(event));
      expect(await library.articles.trash([a!.id, b!.id, b!.id])).toBe(2);
      expect(await library.articles.trash([a!.id])).toBe(0); // already there
      expect(library.articles.get(a!.id)).toMatchObject({ trashedAt: at.toISOString(), updatedAt: at.toISOString() });
      expect(library.articles.list(inView('all')).items.map((x) => x.id)).toEqual([c!.id]);
      expect(library.articles.list(inView('archive')).total).toBe(0);
      expect(library.articles.list(inView('trash')).items.map((x) => x.id)).toEqual([a!.id, b!.id]);

      expect(await library.articles.restore([b!.id, c!.id])).toBe(1);
      expect(library.articles.get(b!.id)).toMatchObject({ trashedAt: null, archived: true, starred: true });
      expect(events).toEqual([
        { ids: [a!.id, b!.id], reason: 'updated' },
        { ids: [b!.id], reason: 'updated' },
      ]);
    });
    await withLibrary({ dir }, async (library) => expect(library.articles.get(a!.id)?.trashedAt).toBe(at.toISOString()));
  });

  it('empties: the records and the content folders of trashed articles leave the disk, nothing else does', async () => {
    const [a, b, c] = await seedLibrary(dir, 3);
    await withLibrary({ dir }, async (library) => {
      await library.articles.trash([a!.id, c!.id]);
      const events: ArticlesChanged[] = [];
      library.on('articlesChanged', (event) => events.push(event));
      expect(await library.articles.emptyTrash()).toBe(2);
      expect(await library.articles.emptyTrash()).toBe(0);
      expect(events).toEqual([{ ids: expect.arrayContaining([a!.id, c!.id]) as string[], reason: 'removed' }]);
      expect(library.articles.get(a!.id)).toBeUndefined();
      expect(library.articles.count()).toBe(1);
      expect(library.articles.list(inView('trash')).total).toBe(0);
      await expect(library.articles.content(a!.id)).rejects.toMatchObject({ code: 'not-found' });
      // A page saved again after its article was deleted is new, not a duplicate of the deleted one.
      expect(library.articles.findDuplicate({ canonicalUrl: a!.canonicalUrl, urls: [], textSha256: null })).toBeUndefined();
    });
    expect(await contentFolders()).toEqual([b!.id]);
    await expect(readdir(journal())).rejects.toMatchObject({ code: 'ENOENT' });
    await withLibrary({ dir }, async (library) => expect(library.articles.list(inView('all')).items.map((x) => x.id)).toEqual([b!.id]));
  });

  it('spares an article restored while the Trash is being emptied, and counts each deletion once', async () => {
    const [a, b] = await seedLibrary(dir, [makeArticle(1), makeArticle(2)]);
    await withLibrary({ dir }, async (library) => {
      await library.articles.trash([a!.id, b!.id]);
      const emptying = library.articles.emptyTrash();
      const again = library.articles.emptyTrash();
      expect(await library.articles.restore([a!.id])).toBe(1);
      expect([await emptying, await again].sort()).toEqual([0, 1]);
      expect((await library.articles.content(a!.id)).text).toBe(a!.title);
    });
    expect(await contentFolders()).toEqual([a!.id]);
    await withLibrary({ dir }, async (library) => expect(library.articles.get(a!.id)?.trashedAt).toBeNull());
  });

  it('finishes at the next open a removal cut short after its records were saved', async () => {
    const [a, b] = await seedLibrary(dir, 2);
    await withLibrary({ dir }, async (library) => {
      await library.articles.trash([a!.id]);
      await library.articles.emptyTrash();
    });
    // The state a crash between saving the records and deleting the folders leaves: the journal and the folder.
    await mkdir(join(dir, 'content', a!.id, 'images'), { recursive: true });
    await writeFile(join(dir, 'content', a!.id, 'article.html'), '<p>left behind</p>');
    await writeFile(journal(), JSON.stringify({ ids: [a!.id] }));
    await withLibrary({ dir }, async (library) => expect(library.articles.count()).toBe(1));
    expect(await contentFolders()).toEqual([b!.id]);
    await expect(readdir(journal())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps every article whose record a crash kept, even when the journal names it', async () => {
    const [a, b] = await seedLibrary(dir, 2);
    // A crash before the records were saved: both records are still there, so both folders stay.
    await writeFile(journal(), JSON.stringify({ ids: [a!.id, b!.id, '../../escape'] }));
    await withLibrary({ dir }, async (library) => {
      expect(library.articles.count()).toBe(2);
      expect((await library.articles.content(a!.id)).html).toBe(`<p>${a!.title}</p>`);
    });
    expect(await contentFolders()).toEqual([a!.id, b!.id].sort());
  });

  it('lists the sites outside the Trash with their counts, alphabetically', async () => {
    await seedLibrary(dir, [
      makeArticle(1, { siteName: 'zeta' }),
      makeArticle(2, { siteName: 'Alpha' }),
      makeArticle(3, { siteName: 'zeta' }),
      makeArticle(4, { siteName: null }),
      makeArticle(5, { siteName: 'Gone', trashedAt: at.toISOString() }),
    ]);
    await withLibrary({ dir }, async (library) =>
      expect(library.articles.sites()).toEqual([
        { siteName: 'Alpha', count: 1 },
        { siteName: 'zeta', count: 2 },
      ]),
    );
  });
});
