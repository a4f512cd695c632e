import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../../../../src/main/core/articles/articleShard';
import { annotationShardFile, ARTICLE_SHARDS } from '../../../../../src/main/core/library/libraryLayout';
import { SCHEMA_VERSION } from '../../../../../src/main/core/library/schemaVersion';
import type { ArticleId } from '../../../../../src/shared/model/article';
import { newHighlight } from '../../../../support/makeHighlight';
import { useAnnotatedLibrary } from './annotatedLibrary';

const { open, close, dir, articles } = useAnnotatedLibrary();
const shardPath = (articleId: ArticleId) => join(dir(), annotationShardFile(shardOf(articleId, ARTICLE_SHARDS)));
const readShard = async (articleId: ArticleId) => JSON.parse(await readFile(shardPath(articleId), 'utf8'));

describe('annotation records on disk', () => {
  it('writes nothing for a library without annotations, and needs no new format version', async () => {
    const library = await open();
    expect(library.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await readdir(join(dir(), 'records', 'annotations'))).toEqual([]);
    expect(library.annotations.forArticle(articles()[0].id)).toEqual({ articleId: articles()[0].id, highlights: [], note: null });
  });

  it("keeps highlights and notes across a reopen, in their article's shard", async () => {
    const [a] = articles();
    let library = await open();
    const added = await library.annotations.addHighlight(newHighlight(a.id, 'kept'));
    const note = await library.annotations.setNote(a.id, 'A note');
    expect(await readShard(a.id)).toMatchObject({ schemaVersion: SCHEMA_VERSION, highlights: { [added.id]: added }, notes: { [a.id]: note } });
    library = await open();
    expect(library.annotations.forArticle(a.id)).toEqual({ articleId: a.id, highlights: [added], note });
    expect(library.notices).toEqual([]);
  });

  it('restores a damaged shard from the backup, keeping its records that still read', async () => {
    const [a] = articles();
    let library = await open({ clock: () => new Date('2025-01-01T00:00:00.000Z') });
    const inBackup = await library.annotations.addHighlight(newHighlight(a.id, 'in the backup'));
    await close();
    library = await open({ clock: () => new Date('2025-02-01T00:00:00.000Z') }); // takes the backup
    const newer = await library.annotations.addHighlight(newHighlight(a.id, 'newer than the backup', 20));
    const broken = await library.annotations.addHighlight(newHighlight(a.id, 'broken', 40));
    await close();
    const file = await readShard(a.id);
    file.highlights[broken.id].color = 'octarine';
    file.notes = 'not notes';
    await writeFile(shardPath(a.id), JSON.stringify(file));

    library = await open({ clock: () => new Date('2025-03-01T00:00:00.000Z') });
    expect(library.annotations.forArticle(a.id).highlights.map((h) => h.id).sort()).toEqual([inBackup.id, newer.id].sort());
    expect(library.notices).toHaveLength(1);
    expect(library.notices[0]!.message).toMatch(/records\/annotations\/.*backup from 2025-02-01T00:00:00.000Z was restored, together with 2 readable records/);
  });

  it('removes the annotations of articles deleted by Empty Trash, from memory and from the disk', async () => {
    const [a, b] = articles();
    let library = await open();
    await library.annotations.addHighlight(newHighlight(a.id, 'goes'));
    await library.annotations.setNote(a.id, 'goes too');
    const stays = await library.annotations.addHighlight(newHighlight(b.id, 'stays'));
    const changes: ArticleId[][] = [];
    library.on('annotationsChanged', ({ articleIds }) => changes.push(articleIds));
    await library.articles.trash([a.id]);
    await library.articles.emptyTrash();
    expect(library.annotations.countsFor([a.id, b.id])).toEqual({ [b.id]: 1 });
    expect(changes).toEqual([[a.id]]);
    library = await open();
    const onDisk = await readShard(a.id);
    expect(Object.values(onDisk.highlights).filter((h) => (h as { articleId: string }).articleId === a.id)).toEqual([]);
    expect(onDisk.notes[a.id]).toBeUndefined();
    expect(library.annotations.list({ colors: [], tags: [], offset: 0, limit: 10 }).items.map((item) => item.highlight)).toEqual([stays]);
  });

  it('leaves out, when repairing from a backup, the annotations of articles deleted since', async () => {
    const [a] = articles();
    let library = await open({ clock: () => new Date('2025-01-01T00:00:00.000Z') });
    await library.annotations.addHighlight(newHighlight(a.id, 'deleted since'));
    await close();
    library = await open({ clock: () => new Date('2025-02-01T00:00:00.000Z') }); // takes the backup
    await library.articles.trash([a.id]);
    await library.articles.emptyTrash();
    await close();
    await writeFile(shardPath(a.id), '{"truncated": ');
    library = await open({ clock: () => new Date('2025-03-01T00:00:00.000Z') });
    expect(library.notices[0]!.message).toContain('1 annotation of the backup belonged to an article since deleted from the Trash and stays deleted.');
    expect(Object.keys((await readShard(a.id)).highlights)).toEqual([]);
  });
});
