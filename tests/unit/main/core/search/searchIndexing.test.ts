import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../../../src/shared/model/provenance';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { newHighlight } from '../../../../support/makeHighlight';
import { indexed, makeArticle, useSearchLibrary } from './searchLibrary';

const lib = useSearchLibrary();
const indexFile = () => join(lib.dir(), 'index', 'search.sqlite');
const seed = () => lib.add([makeArticle(1, { title: 'First' }), 'apples and pears'], [makeArticle(2, { title: 'Second' }), 'plums'], [makeArticle(3, { title: 'Third' }), 'cherries']);

describe('keeping the index up to date', () => {
  it('reindexes an article when its tags, highlights or notes change, and drops it when deleted for good', async () => {
    const library = await seed();
    const [a, b] = [makeArticle(1).id, makeArticle(2).id];
    await library.tags.apply([a], { add: ['orchard'], remove: [] });
    await indexed(library);
    expect(await lib.titles('orchard')).toEqual(['First']);
    await library.tags.rename('orchard', 'grove');
    await indexed(library);
    expect(await lib.titles('orchard')).toEqual([]);
    expect(await lib.titles('grove')).toEqual(['First']);

    const highlight = await library.annotations.addHighlight(newHighlight(b, 'plums', 0, { note: 'damsons' }));
    await indexed(library);
    expect(await lib.titles('damsons')).toEqual(['Second']);
    await library.annotations.updateHighlight(highlight.id, { note: 'greengages' });
    await indexed(library);
    expect(await lib.titles('damsons')).toEqual([]);
    expect(await lib.titles('greengages')).toEqual(['Second']);
    await library.annotations.deleteHighlight(highlight.id);
    await library.annotations.setNote(b, 'quinces');
    await indexed(library);
    expect(await lib.titles('greengages')).toEqual([]);
    expect(await lib.titles('quinces')).toEqual(['Second']);

    await library.articles.trash([a]);
    await library.articles.emptyTrash();
    await indexed(library);
    expect(await lib.titles('apples', { view: 'trash' })).toEqual([]);
    const db = new DatabaseSync(indexFile(), { readOnly: true });
    expect(db.prepare('SELECT id FROM docs ORDER BY id').all().map((row) => row.id)).toEqual([makeArticle(2).id, makeArticle(3).id]);
    db.close();
  });

  it('reindexes an article whose body was captured again (an imported link downloaded later)', async () => {
    const library = await seed();
    await indexed(library);
    const link = library.articles.get(makeArticle(3).id)!;
    const provenance: Provenance = { source: 'url', requestedUrl: link.url, finalUrl: link.url, httpStatus: 200, contentType: 'text/html', fileName: null, capturedAt: link.savedAt, rawSha256: 'a'.repeat(64), textSha256: 'b'.repeat(64), rawFile: null, imagesStored: 0, imagesFailed: [] };
    await library.articles.replace({ ...link, provenance }, { html: '<p>nectarines</p>', text: 'nectarines' });
    await indexed(library);
    expect(await lib.titles('nectarines')).toEqual(['Third']);
    expect(await lib.titles('cherries')).toEqual([]);
  });

  it('at open, reindexes only the articles that changed while it was closed', async () => {
    await seed();
    await lib.close();
    await copyFile(indexFile(), `${indexFile()}.before`);
    const library = await lib.open();
    await library.tags.apply([makeArticle(3).id], { add: ['stone fruit'], remove: [] });
    await lib.add([makeArticle(4, { title: 'Fourth' }), 'figs']);
    await library.articles.trash([makeArticle(2).id]);
    await library.articles.emptyTrash();
    await lib.close();
    await copyFile(`${indexFile()}.before`, indexFile()); // the index as it was before those changes

    const reopened = await openLibrary({ dir: lib.dir() });
    expect(reopened.search.indexing()).toEqual({ done: 0, total: 3 });
    await indexed(reopened);
    await reopened.close();
    await lib.open();
    expect(await lib.titles('fruit')).toEqual(['Third']);
    expect(await lib.titles('figs')).toEqual(['Fourth']);
    expect(await lib.titles('plums', { view: 'trash' })).toEqual([]);
    expect(await lib.titles('apples')).toEqual(['First']);
  });

  it('rebuilds a damaged index, or one in another format, from the records', async () => {
    await seed();
    await lib.close();
    await writeFile(indexFile(), 'this is not a database'.repeat(100));
    const library = await openLibrary({ dir: lib.dir() });
    expect(library.search.indexing()).toEqual({ done: 0, total: 3 });
    await indexed(library);
    await library.close();

    const db = new DatabaseSync(indexFile());
    db.exec('PRAGMA user_version = 999');
    db.close();
    const again = await openLibrary({ dir: lib.dir() });
    expect(again.search.indexing()).toEqual({ done: 0, total: 3 });
    await again.close();
    await lib.open();
    expect(await lib.titles('cherries')).toEqual(['Third']);
  });
});
