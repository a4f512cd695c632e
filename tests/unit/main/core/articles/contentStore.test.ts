import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentPath, createContentStore } from '../../../../../src/main/core/articles/contentStore';
import { listFiles, makeArticle, makeTempDir, withLibrary } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const id = makeArticle(1).id;
const store = () => createContentStore(join(dir, 'content'), join(dir, 'content', '.staging'));

describe('the content store', () => {
  it('stores each distinct image once in a draft, then moves the whole folder into place with the body and raw capture', async () => {
    const content = store();
    const draft = await content.draft(id);
    const names = await Promise.all([new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([1])].map((bytes) => draft.addImage(bytes, 'png')));
    expect(names[0]).toMatch(/^images\/[0-9a-f]{16}\.png$/);
    expect(names[2]).toBe(names[0]);
    expect(names[1]).not.toBe(names[0]);
    await expect(draft.addImage(new Uint8Array([3]), '../x')).rejects.toThrow();

    await content.write(id, { html: '<p>Hi</p>', text: 'Hi', raw: { file: 'raw.html.gz', bytes: new Uint8Array([9]) }, draft });
    expect((await listFiles(join(dir, 'content', id))).sort()).toEqual(['article.html', names[0], names[1], 'raw.html.gz', 'text.txt'].sort());
    expect(await readdir(join(dir, 'content', '.staging'))).toEqual([]);
    expect(await content.read(id)).toEqual({ id, html: '<p>Hi</p>', text: 'Hi' });
    await draft.discard(); // after the commit: nothing to remove, the article stays
    expect(await readFile(join(dir, 'content', id, 'text.txt'), 'utf8')).toBe('Hi');
    expect(contentPath(id, names[0]!)).toBe(`content/${id}/${names[0]}`);
  });

  it('discards a draft without a trace', async () => {
    const draft = await store().draft(id);
    await draft.addImage(new Uint8Array([1]), 'jpg');
    await draft.discard();
    expect(await listFiles(join(dir, 'content'))).toEqual([]);
  });
});

describe('the article repository', () => {
  it('discards the draft of an article it refuses, and finds saved articles as duplicates after reopening', async () => {
    const article = makeArticle(1, { provenance: null });
    await withLibrary({ dir }, async (library) => {
      const draft = await library.articles.draft(makeArticle(2).id);
      await draft.addImage(new Uint8Array([1]), 'png');
      await expect(library.articles.add({ ...makeArticle(2), title: '' }, { html: '', text: '', draft })).rejects.toMatchObject({ code: 'invalid-input' });
      expect(await listFiles(join(dir, 'content'))).toEqual([]);
      await library.articles.add(article, { html: '<p>x</p>', text: 'x' });
      expect(library.articles.findDuplicate({ canonicalUrl: article.canonicalUrl, urls: [], textSha256: null })).toBe(article.id);
    });
    await withLibrary({ dir }, async (library) => {
      expect(library.articles.findDuplicate({ canonicalUrl: null, urls: [article.url], textSha256: null })).toBe(article.id);
    });
  });
});
