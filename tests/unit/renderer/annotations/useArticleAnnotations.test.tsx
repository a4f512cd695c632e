import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useArticleAnnotations } from '../../../../src/renderer/src/features/annotations/useArticleAnnotations';
import { createFakeApi, ok, withApi } from '../fakeApi';
import { ARTICLE_ID, highlightOn } from './highlightFixtures';

afterEach(cleanup);

describe('useArticleAnnotations', () => {
  it("loads the article's annotations and reloads them when the library says they changed", async () => {
    let highlights = [highlightOn(1, 'Traffic')];
    const forArticle = vi.fn(async () => ok({ articleId: ARTICLE_ID, highlights, note: null }));
    const fake = createFakeApi({ annotations: { forArticle } });
    const { result, unmount } = renderHook(() => useArticleAnnotations(ARTICLE_ID), { wrapper: withApi(fake.api) });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(forArticle).toHaveBeenCalledWith({ id: ARTICLE_ID });

    fake.emit('onAnnotationsChanged', { articleIds: ['00000000-0000-4000-8000-000000000002'] });
    highlights = [...highlights, highlightOn(2, 'council')];
    fake.emit('onAnnotationsChanged', { articleIds: [ARTICLE_ID] });
    await waitFor(() => expect(result.current.status === 'ready' && result.current.value.highlights).toHaveLength(2));
    expect(forArticle).toHaveBeenCalledTimes(2);

    unmount();
    expect(fake.listenerCount('onAnnotationsChanged')).toBe(0);
  });
});
