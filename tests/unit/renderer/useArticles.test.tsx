import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src/shared/ipc/contract';
import { useArticles } from '../../../src/renderer/src/features/library/useArticles';
import { article, createFakeApi, ok, withApi } from './fakeApi';

describe('useArticles', () => {
  it('lists the view it is given and lists again when the library changes', async () => {
    const list = vi.fn<Api['articles']['list']>(async () => ok({ items: [article({ title: 'One' })], total: 1 }));
    const fake = createFakeApi({ articles: { list } });
    const { result, rerender, unmount } = renderHook(({ view }) => useArticles(view), {
      wrapper: withApi(fake.api),
      initialProps: { view: 'unread' as const },
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(list).toHaveBeenLastCalledWith({ view: 'unread' });

    act(() => fake.emit('onArticlesChanged', { ids: [], reason: 'created' }));
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));

    rerender({ view: 'archive' as never });
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ view: 'archive' }));

    unmount();
    expect(fake.listenerCount('onArticlesChanged')).toBe(0);
  });
});
