import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import type { ArticlesChanged } from '../../../../../src/shared/ipc/contract';
import type { TagNode } from '../../../../../src/shared/model/tag';
import { contentOf, makeArticle, makeTempDir } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let library: Library;

const [one, two, three, trashed] = [
  makeArticle(1, { tags: ['Ukraine', 'ukraine/ceasefire'] }),
  makeArticle(2, { tags: ['ukraine/Ceasefire', 'russia'] }),
  makeArticle(3),
  makeArticle(4, { tags: ['ukraine'], trashedAt: '2025-03-20T00:00:00.000Z' }),
];
const ids = (...articles: { id: string }[]) => articles.map((article) => article.id);
const tagsOf = (article: { id: string }) => library.articles.get(article.id)?.tags;
/** The tree as `name count/total [color]` lines, children indented. */
const outline = (nodes: TagNode[] = library.tags.tree(), depth = 0): string[] =>
  nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.name} ${node.count}/${node.total}${node.color ? ` ${node.color}` : ''}`, ...outline(node.children, depth + 1)]);

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  library = await openLibrary({ dir });
  for (const article of [one, two, three, trashed]) await library.articles.add(article, contentOf(article));
});

afterEach(async () => {
  await library.close();
  await cleanup();
});

describe('the tag tree', () => {
  it('nests children under parents and counts articles outside the Trash, each once per branch', () => {
    expect(outline()).toEqual(['russia 1/1', 'Ukraine 1/2', '  ukraine/Ceasefire 2/2']);
  });

  it('has a node for a parent no article carries by itself', async () => {
    await library.tags.apply(ids(three), { add: ['europe/kyiv'], remove: [] });
    expect(outline()).toContain('europe 0/1');
  });
});

describe('applying tags', () => {
  it('adds and removes on many articles, keeping an existing spelling and making new tags', async () => {
    const change = await library.tags.apply(ids(one, two, three), { add: ['UKRAINE', 'Europe'], remove: ['russia'] });
    expect(change.updated).toBe(3);
    expect(tagsOf(one)).toEqual(['Ukraine', 'ukraine/ceasefire', 'Europe']);
    expect(tagsOf(two)).toEqual(['ukraine/Ceasefire', 'Ukraine', 'Europe']);
    expect(tagsOf(three)).toEqual(['Ukraine', 'Europe']);
  });

  it('refuses an invalid name with a clear message, changing nothing', async () => {
    await expect(library.tags.apply(ids(three), { add: ['a//b'], remove: [] })).rejects.toMatchObject({
      code: 'invalid-input',
      message: '"a//b" cannot be a tag name. Each part of a tag name between "/" needs a name.',
    });
    expect(tagsOf(three)).toEqual([]);
  });

  it('keeps a new tag after its last article loses it, and undoes exactly', async () => {
    const changes: ArticlesChanged[] = [];
    library.on('articlesChanged', (changed) => changes.push(changed));
    const added = await library.tags.apply(ids(three), { add: ['draft'], remove: [] });
    await library.tags.apply(ids(three), { add: [], remove: ['draft'] });
    expect(outline()).toContain('draft 0/0');
    expect(changes.at(-1)).toEqual({ ids: ids(three), reason: 'updated' });
    await library.tags.undo(added.undo);
    expect(outline()).not.toContain('draft 0/0');
  });
});

describe('managing tags', () => {
  it('renames a parent with its branch, on trashed articles too, and undoes it', async () => {
    const change = await library.tags.rename('ukraine', 'Kyiv');
    expect(change.updated).toBe(3);
    expect(tagsOf(one)).toEqual(['Kyiv', 'Kyiv/ceasefire']);
    expect(tagsOf(two)).toEqual(['Kyiv/Ceasefire', 'russia']);
    expect(tagsOf(trashed)).toEqual(['Kyiv']);
    expect(await library.tags.undo(change.undo)).toBe(3);
    expect(tagsOf(one)).toEqual(one.tags);
    expect(tagsOf(two)).toEqual(two.tags);
  });

  it('refuses a name already in use, pointing to merge, but allows a change of case', async () => {
    await expect(library.tags.rename('russia', 'Ukraine')).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'A tag named "Ukraine" already exists. Merge "russia" into "Ukraine" instead.',
    });
    await library.tags.rename('russia', 'Russia');
    expect(tagsOf(two)).toEqual(['ukraine/Ceasefire', 'Russia']);
    await expect(library.tags.rename('nowhere', 'else')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('merges one tag into another, articles keeping one copy, and undoes it', async () => {
    const change = await library.tags.merge('ukraine/ceasefire', 'ukraine');
    expect(tagsOf(one)).toEqual(['Ukraine']);
    expect(tagsOf(two)).toEqual(['Ukraine', 'russia']);
    expect(outline()).toEqual(['russia 1/1', 'Ukraine 2/2']);
    await library.tags.undo(change.undo);
    expect(outline()).toEqual(['russia 1/1', 'Ukraine 1/2', '  ukraine/Ceasefire 2/2']);
    await expect(library.tags.merge('ukraine', 'ukraine/ceasefire')).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('colours a tag and undoes the colour', async () => {
    const change = await library.tags.setColor('RUSSIA', 'red');
    expect(outline()).toContain('russia 1/1 red');
    await library.tags.undo(change.undo);
    expect(outline()).toContain('russia 1/1');
  });

  it('deletes only the tag named, articles and children staying, and undoes it', async () => {
    await library.tags.setColor('ukraine', 'blue');
    const change = await library.tags.delete('ukraine');
    expect(tagsOf(one)).toEqual(['ukraine/ceasefire']);
    expect(library.articles.count()).toBe(4);
    expect(outline()).toEqual(['russia 1/1', 'ukraine 0/2', '  ukraine/Ceasefire 2/2']);
    await library.tags.undo(change.undo);
    expect(tagsOf(one)).toEqual(one.tags);
    expect(outline()).toContain('Ukraine 1/2 blue');
  });

  it('undoes an action once, and reports tag changes', async () => {
    let reports = 0;
    library.on('tagsChanged', () => reports++);
    const change = await library.tags.setColor('russia', 'green');
    await library.tags.undo(change.undo);
    await expect(library.tags.undo(change.undo)).rejects.toMatchObject({ code: 'not-found' });
    expect(reports).toBe(2);
  });
});

describe('stored tags', () => {
  it('keep colours and unused tags across a reopen, in a sealed records/tags.json', async () => {
    await library.tags.setColor('russia', 'teal');
    await library.tags.apply(ids(three), { add: ['later'], remove: [] });
    await library.tags.apply(ids(three), { add: [], remove: ['later'] });
    await library.close();
    library = await openLibrary({ dir });
    expect(outline()).toEqual(['later 0/0', 'russia 1/1 teal', 'Ukraine 1/2', '  ukraine/Ceasefire 2/2']);
    expect(await readFile(join(dir, 'records', 'tags.json'), 'utf8')).toMatch(/"schemaVersion":2,.*"integrity":"crc32:/);
  });
});
