import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { useArticlePages } from '../../../../src/renderer/src/features/library/useArticlePages';
import { article, createFakeApi, ok, withApi } from '../fakeApi';

describe('useArticlePages', () => {
  it('lists the query, then refreshes once per burst of changes from anywhere, until unmounted', async () => {
    let title = 'Before';
    const list = vi.fn<Api['articles']['list']>(async () => ok({ items: [article({ title })], total: 1, highlightCounts: {} }));
    const fake = createFakeApi({ articles: { list } });
    const { result, unmount } = renderHook(() => useArticlePages({ view: 'starred', sort: 'title', direction: 'asc', site: 'Harbor Weekly' }), {
      wrapper: withApi(fake.api),
    });
    await waitFor(() => expect(result.current.snapshot.total).toBe(1));
    expect(list).toHaveBeenCalledWith({ view: 'starred', sort: 'title', direction: 'asc', site: 'Harbor Weekly', tags: [], tagMode: undefined, offset: 0, limit: 100 });

    title = 'After';
    act(() => {
      fake.emit('onArticlesChanged', { ids: [], reason: 'created' });
      fake.emit('onArticlesChanged', { ids: [], reason: 'updated' });
      fake.emit('onArticlesChanged', { ids: [], reason: 'removed' });
    });
    await waitFor(() => expect(result.current.pages.itemAt(0)?.title).toBe('After'));
    expect(list).toHaveBeenCalledTimes(2);

    // A highlight added or removed changes the row's count: the list asks again.
    act(() => fake.emit('onAnnotationsChanged', { articleIds: [] }));
    await waitFor(() => expect(list).toHaveBeenCalledTimes(3));

    unmount();
    expect(fake.listenerCount('onArticlesChanged')).toBe(0);
    expect(fake.listenerCount('onAnnotationsChanged')).toBe(0);
  });
});
