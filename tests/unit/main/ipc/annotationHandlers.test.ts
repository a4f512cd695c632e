import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import type { Result } from '../../../../src/shared/ipc/result';
import type { AnnotationExport, Highlight } from '../../../../src/shared/model/annotation';
import { fakeLibrary, sampleArticle } from '../../../support/fakeLibrary';
import { handlerDeps } from '../../../support/handlerDeps';
import { makeTarget, newHighlight } from '../../../support/makeHighlight';
import { makeArticle } from '../../../support/makeArticle';
import { makeTempDir } from '../core/support/fixtures';

const article = sampleArticle();
const other = makeArticle(2);

function dispatcher(overrides: Parameters<typeof handlerDeps>[0] = {}) {
  return createDispatcher(createHandlers(handlerDeps({ library: fakeLibrary([article, other]), ...overrides })), vi.fn());
}

async function added(dispatch: ReturnType<typeof dispatcher>, input = newHighlight(article.id)): Promise<Highlight> {
  const result = await dispatch('annotations:addHighlight', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Highlight;
}

describe('annotation handlers', () => {
  it('adds, changes, deletes and restores a highlight, answering within the contract', async () => {
    const dispatch = dispatcher();
    const highlight = await added(dispatch);
    expect(await dispatch('annotations:forArticle', { id: article.id })).toEqual({ ok: true, value: { articleId: article.id, highlights: [highlight], note: null } });
    expect(await dispatch('annotations:updateHighlight', { id: highlight.id, patch: { note: 'Why it matters' } })).toMatchObject({ ok: true, value: { note: 'Why it matters' } });
    const deleted = await dispatch('annotations:deleteHighlight', { id: highlight.id });
    expect(deleted).toMatchObject({ ok: true, value: { id: highlight.id } });
    expect(await dispatch('annotations:restoreHighlight', deleted.ok ? deleted.value : null)).toMatchObject({ ok: true, value: { id: highlight.id, note: 'Why it matters' } });
    expect(await dispatch('annotations:setNote', { articleId: article.id, text: 'Overall' })).toMatchObject({ ok: true, value: { text: 'Overall' } });
    expect(await dispatch('annotations:setNote', { articleId: article.id, text: '' })).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a position that ends before it starts', { ...newHighlight(article.id), target: { ...makeTarget('words', 9), position: { type: 'TextPositionSelector', start: 9, end: 3 } } }],
    ['an unknown colour', newHighlight(article.id, 'words', 0, { color: 'octarine' as never })],
    ['a text hash that is not one', { ...newHighlight(article.id), target: makeTarget('words', 0, { textHash: 'md5:abc' }) }],
    ['an empty quote', { ...newHighlight(article.id), target: makeTarget('', 0, { position: { type: 'TextPositionSelector', start: 0, end: 1 } }) }],
    ['an extra field', { ...newHighlight(article.id), id: '00000000-0000-4000-8000-000000000001' }],
  ])('refuses %s as invalid input', async (_label, input) => {
    const dispatch = dispatcher();
    expect(await dispatch('annotations:addHighlight', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('annotations:forArticle', { id: article.id })).toMatchObject({ ok: true, value: { highlights: [] } });
  });

  it('refuses an empty change and a highlight on an unknown article', async () => {
    const dispatch = dispatcher();
    const highlight = await added(dispatch);
    expect(await dispatch('annotations:updateHighlight', { id: highlight.id, patch: {} })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('annotations:addHighlight', newHighlight(makeArticle(9).id))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers the list with highlight counts for the listed articles that have any', async () => {
    const dispatch = dispatcher();
    await added(dispatch);
    await added(dispatch, newHighlight(article.id, 'more words', 20));
    expect(await dispatch('articles:list', { view: 'all' })).toMatchObject({ ok: true, value: { total: 2, highlightCounts: { [article.id]: 2 } } });
  });

  it('exports as text, and saves the export where the person chose, or nothing when they cancel', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const chooseSavePath = vi.fn(async (name: string) => join(dir, name));
      const dispatch = dispatcher({ chooseSavePath });
      await added(dispatch);
      const exported = (await dispatch('annotations:export', { articleId: article.id, format: 'markdown' })) as Result<AnnotationExport>;
      expect(exported).toMatchObject({ ok: true, value: { fileName: 'trump-putin-call-on-russia-ukraine-war-call-went-well-white-house-says-highlights.md', mimeType: 'text/markdown; charset=utf-8' } });
      const saved = await dispatch('annotations:saveExport', { articleId: article.id, format: 'markdown' });
      const path = join(dir, exported.ok ? exported.value.fileName : '');
      expect(saved).toEqual({ ok: true, value: { path } });
      expect(await readFile(path, 'utf8')).toBe(exported.ok ? exported.value.text : '');
      expect(await dispatcher()('annotations:saveExport', { format: 'jsonld' })).toEqual({ ok: true, value: null });
    } finally {
      await cleanup();
    }
  });

  it('puts text on the clipboard', async () => {
    const writeClipboard = vi.fn(async () => undefined);
    expect(await dispatcher({ writeClipboard })('clipboard:writeText', { text: '> quote' })).toEqual({ ok: true, value: null });
    expect(writeClipboard).toHaveBeenCalledExactlyOnceWith('> quote');
  });
});
