import { describe, expect, it } from 'vitest';
import { HighlightQuerySchema, type HighlightQuery } from '../../../../../src/shared/model/annotation';
import type { Library } from '../../../../../src/main/core/library/library';
import { makeTarget, newHighlight } from '../../../../support/makeHighlight';
import { useAnnotatedLibrary } from './annotatedLibrary';

const { open, articles } = useAnnotatedLibrary();
const query = (input: HighlightQuery = {}) => HighlightQuerySchema.parse(input);
const listed = (library: Library, input?: HighlightQuery) => library.annotations.list(query(input)).items.map((item) => item.highlight.target.quote.exact);

describe('highlights', () => {
  it('adds a highlight with an id and dates, lists it for its article in creation order, and reports the change', async () => {
    const library = await open();
    const changes: string[][] = [];
    library.on('annotationsChanged', ({ articleIds }) => changes.push(articleIds));
    const [a] = articles();
    const first = await library.annotations.addHighlight(newHighlight(a.id, 'late words', 50));
    const second = await library.annotations.addHighlight(newHighlight(a.id, 'early words', 5, { color: 'blue', note: 'why' }));
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), articleId: a.id, color: 'yellow', note: '', target: makeTarget('late words', 50), createdAt: first.modifiedAt, modifiedAt: expect.any(String) });
    expect(second.createdAt > first.createdAt).toBe(true);
    expect(library.annotations.forArticle(a.id)).toEqual({ articleId: a.id, highlights: [first, second], note: null });
    expect(changes).toEqual([[a.id], [a.id]]);
  });

  it('refuses a highlight on an unknown article, and an invalid one', async () => {
    const library = await open();
    const unknown = '00000000-0000-4000-8000-0000000000ff';
    await expect(library.annotations.addHighlight(newHighlight(unknown))).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('not in the library') });
    const backwards = { ...newHighlight(articles()[0].id), target: { ...makeTarget('x', 10), position: { type: 'TextPositionSelector' as const, start: 10, end: 4 } } };
    await expect(library.annotations.addHighlight(backwards)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(() => library.annotations.forArticle(unknown)).toThrow(/not in the library/);
  });

  it('changes colour, note or target and bumps the modified date only', async () => {
    const library = await open();
    const added = await library.annotations.addHighlight(newHighlight(articles()[0].id));
    const updated = await library.annotations.updateHighlight(added.id, { color: 'pink', note: 'A *thought*.' });
    expect(updated).toEqual({ ...added, color: 'pink', note: 'A *thought*.', modifiedAt: expect.any(String) });
    expect(updated.modifiedAt > added.modifiedAt).toBe(true);
    const moved = await library.annotations.updateHighlight(added.id, { target: makeTarget('other words', 70) });
    expect(moved.target.position).toEqual({ type: 'TextPositionSelector', start: 70, end: 81 });
    await expect(library.annotations.updateHighlight('00000000-0000-4000-8000-0000000000ff', { color: 'blue' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes a highlight and restores it exactly (Undo); a second restore changes nothing', async () => {
    const library = await open();
    const added = await library.annotations.addHighlight(newHighlight(articles()[0].id, 'keep me', 0, { note: 'n' }));
    const deleted = await library.annotations.deleteHighlight(added.id);
    expect(deleted).toEqual(added);
    expect(library.annotations.forArticle(added.articleId).highlights).toEqual([]);
    expect(await library.annotations.restoreHighlight(deleted)).toEqual(added);
    expect(await library.annotations.restoreHighlight({ ...deleted, color: 'green' })).toEqual(added);
    expect(library.annotations.forArticle(added.articleId).highlights).toEqual([added]);
    await expect(library.annotations.deleteHighlight('00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses to restore a highlight whose article is gone', async () => {
    const library = await open();
    const [a] = articles();
    const added = await library.annotations.addHighlight(newHighlight(a.id));
    await library.annotations.deleteHighlight(added.id);
    await library.articles.trash([a.id]);
    await library.articles.emptyTrash();
    await expect(library.annotations.restoreHighlight(added)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('article notes', () => {
  it('sets, replaces and (with empty text) removes the note', async () => {
    const library = await open();
    const [a] = articles();
    expect(await library.annotations.setNote(a.id, 'First thoughts')).toEqual({ articleId: a.id, text: 'First thoughts', modifiedAt: expect.any(String) });
    await library.annotations.setNote(a.id, 'Second thoughts');
    expect(library.annotations.forArticle(a.id).note?.text).toBe('Second thoughts');
    expect(await library.annotations.setNote(a.id, '  \n ')).toBeNull();
    expect(library.annotations.forArticle(a.id).note).toBeNull();
    await expect(library.annotations.setNote('00000000-0000-4000-8000-0000000000ff', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the Highlights view', () => {
  it('lists newest first, pages, and counts highlights per article', async () => {
    const library = await open();
    const [a, b] = articles();
    for (const [article, exact] of [[a, 'one'], [b, 'two'], [a, 'three']] as const) await library.annotations.addHighlight(newHighlight(article.id, exact));
    expect(listed(library)).toEqual(['three', 'two', 'one']);
    const page = library.annotations.list(query({ offset: 1, limit: 1 }));
    expect(page.total).toBe(3);
    expect(page.items).toEqual([{ highlight: expect.objectContaining({ articleId: b.id }), article: { id: b.id, title: b.title, siteName: b.siteName, url: b.url, tags: b.tags } }]);
    expect(library.annotations.countsFor([a.id, b.id, articles()[2].id])).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('filters by colour, by tag (a parent including its children) and by site', async () => {
    const library = await open();
    const [a, b, c] = articles();
    await library.tags.apply([a.id], { add: ['ukraine/ceasefire'], remove: [] });
    await library.tags.apply([b.id], { add: ['Ukraine'], remove: [] });
    await library.tags.apply([c.id], { add: ['climate'], remove: [] });
    await library.annotations.addHighlight(newHighlight(a.id, 'a', 0, { color: 'green' }));
    await library.annotations.addHighlight(newHighlight(b.id, 'b', 0, { color: 'blue' }));
    await library.annotations.addHighlight(newHighlight(c.id, 'c', 0, { color: 'green' }));
    expect(listed(library, { colors: ['green'] })).toEqual(['c', 'a']);
    expect(listed(library, { tags: ['ukraine'] })).toEqual(['b', 'a']);
    expect(listed(library, { tags: ['ukraine/ceasefire', 'climate'] })).toEqual(['c', 'a']);
    expect(listed(library, { site: a.siteName! })).toEqual(a.siteName === c.siteName ? ['c', 'a'] : ['a']);
    expect(listed(library, { colors: ['green'], tags: ['Ukraine'] })).toEqual(['a']);
  });

  it('leaves out highlights of articles in the Trash, and brings them back on Restore', async () => {
    const library = await open();
    const [a, b] = articles();
    await library.annotations.addHighlight(newHighlight(a.id, 'a'));
    await library.annotations.addHighlight(newHighlight(b.id, 'b'));
    await library.articles.trash([a.id]);
    expect(listed(library)).toEqual(['b']);
    expect(library.annotations.forArticle(a.id).highlights).toHaveLength(1);
    await library.articles.restore([a.id]);
    expect(listed(library)).toEqual(['b', 'a']);
  });
});
