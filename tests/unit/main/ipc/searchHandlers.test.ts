import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import { fakeLibrary, sampleArticle } from '../../../support/fakeLibrary';
import { handlerDeps } from '../../../support/handlerDeps';

const article = sampleArticle({ tags: ['ukraine'] });
const dispatcher = () => createDispatcher(createHandlers(handlerDeps({ library: fakeLibrary([article]) })), vi.fn());

describe('search handlers', () => {
  it('answers a query within the contract, with highlight counts and the time it took', async () => {
    const result = await dispatcher()('search:query', { query: 'tag:ukraine' });
    expect(result).toEqual({ ok: true, value: { items: [{ article, score: 0, titleMarks: [], snippet: null }], total: 1, highlightCounts: {}, tookMs: expect.any(Number) } });
  });

  it('refuses a query that does not parse with invalid-query and what to change', async () => {
    const result = await dispatcher()('search:query', { query: 'is:sleeping' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-query', message: expect.stringMatching(/\w/) } });
  });

  it('saves, lists and deletes searches, refusing a name already in use whatever its case', async () => {
    const dispatch = dispatcher();
    const saved = await dispatch('search:save', { name: 'Ceasefire', query: 'tag:ukraine ceasefire' });
    expect(saved).toEqual({ ok: true, value: { id: expect.any(String), name: 'Ceasefire', query: 'tag:ukraine ceasefire', createdAt: expect.any(String) } });
    expect(await dispatch('search:save', { name: 'ceasefire ', query: 'other' })).toEqual({ ok: false, error: { code: 'invalid-input', message: 'A saved search is already called "ceasefire". Choose another name.' } });
    expect(await dispatch('search:save', { name: 'Empty', query: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('There is no search to save.') } });
    expect(await dispatch('search:saved', undefined)).toEqual({ ok: true, value: [saved.ok && saved.value] });
    const id = saved.ok ? (saved.value as { id: string }).id : '';
    expect(await dispatch('search:deleteSaved', { id })).toEqual({ ok: true, value: null });
    expect(await dispatch('search:saved', undefined)).toEqual({ ok: true, value: [] });
    expect(await dispatch('search:deleteSaved', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
