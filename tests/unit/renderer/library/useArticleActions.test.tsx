import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { useArticleActions } from '../../../../src/renderer/src/features/library/useArticleActions';
import { article, createFakeApi, ok, withApi } from '../fakeApi';

describe('useArticleActions', () => {
  it('reports an action with an Undo that puts back exactly what it changed', async () => {
    const setState = vi.fn<Api['articles']['setState']>(async ({ ids }) => ok({ updated: ids.length }));
    const trash = vi.fn<Api['articles']['trash']>(async ({ ids }) => ok({ updated: ids.length }));
    const restore = vi.fn<Api['articles']['restore']>(async ({ ids }) => ok({ updated: ids.length }));
    const { api } = createFakeApi({ articles: { setState, trash, restore } });
    const { result } = renderHook(() => useArticleActions(), { wrapper: withApi(api) });
    const done = article({ title: 'Done', id: '00000000-0000-4000-8000-000000000001', read: true });
    const open = article({ title: 'Open', id: '00000000-0000-4000-8000-000000000002' });

    await act(() => result.current.run('read', [done, open]));
    expect(setState).toHaveBeenLastCalledWith({ ids: [open.id], patch: { read: true } });
    expect(result.current.toast?.message).toBe('1 article marked read');
    act(() => result.current.toast?.undo?.());
    await waitFor(() => expect(result.current.toast?.message).toBe('Undone'));
    expect(setState).toHaveBeenLastCalledWith({ ids: [open.id], patch: { read: false } });
    expect(result.current.toast?.undo).toBeUndefined();

    await act(() => result.current.run('trash', [done, open]));
    expect(trash).toHaveBeenCalledWith({ ids: [done.id, open.id] });
    act(() => result.current.toast?.undo?.());
    await waitFor(() => expect(restore).toHaveBeenCalledWith({ ids: [done.id, open.id] }));
  });

  it('says what failed and offers no Undo for it', async () => {
    const setState = vi.fn<Api['articles']['setState']>(async () => ({ ok: false, error: { code: 'storage-failure', message: 'The disk is full.' } }));
    const { api } = createFakeApi({ articles: { setState } });
    const { result } = renderHook(() => useArticleActions(), { wrapper: withApi(api) });
    await act(() => result.current.run('star', [article({ title: 'One' })]));
    expect(result.current.toast).toEqual({ message: 'The disk is full.' });
  });
});
