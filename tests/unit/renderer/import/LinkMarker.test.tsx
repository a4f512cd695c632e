import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportLink } from '../../../../src/shared/model/import';
import { ArticleRow } from '../../../../src/renderer/src/features/library/ArticleRow';
import { ImportProvider } from '../../../../src/renderer/src/features/import/ImportProvider';
import { LINKS_REFRESH_MS } from '../../../../src/renderer/src/features/import/useImportQueue';
import { article, createFakeApi, ok, withApi } from '../fakeApi';
import { link, progress } from './importFakes';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const story = article({ title: 'A long read' });

function renderRow(firstLinks: ImportLink[]) {
  let links = firstLinks;
  const calls = { links: 0, retryFailed: vi.fn(), open: vi.fn() };
  const fake = createFakeApi({
    imports: {
      progress: async () => ok(progress({ state: 'idle' })),
      links: async () => (calls.links++, ok(links)),
      retryFailed: async (input) => (calls.retryFailed(input), ok(progress({ total: 1 }))),
    },
  });
  render(
    <ImportProvider>
      <ArticleRow article={story} index={0} selected={false} highlights={0} assetBaseUrl={null} onClick={calls.open} onCheck={() => undefined} />
    </ImportProvider>,
    { wrapper: withApi(fake.api) },
  );
  const setLinks = (next: ImportLink[]) => void (links = next);
  return { fake, calls, setLinks };
}

describe('LinkMarker in a library row', () => {
  it('marks an article whose page waits to be downloaded', async () => {
    renderRow([link(story.id)]);
    expect(await screen.findByText('Not downloaded yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download|Retry/ })).toBeNull();
  });

  it('offers to download a link imported without its page', async () => {
    const { calls } = renderRow([link(story.id, { state: 'failed', error: { code: 'not-fetched', message: 'Imported without fetching.' } })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Download “A long read”' }));
    await vi.waitFor(() => expect(calls.retryFailed).toHaveBeenCalledWith({ articleIds: [story.id] }));
  });

  it('says why a download failed, and retries it without opening the article', async () => {
    const { calls } = renderRow([link(story.id, { state: 'failed', attempts: 3, error: { code: 'http', message: 'The site answered 404.' } })]);
    expect(await screen.findByText('Download failed: The site answered 404.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry downloading “A long read”' }));
    await vi.waitFor(() => expect(calls.retryFailed).toHaveBeenCalledWith({ articleIds: [story.id] }));
    expect(calls.open).not.toHaveBeenCalled();
  });

  it('reads the links again once per burst of progress, not once per page', async () => {
    const { fake, calls, setLinks } = renderRow([link(story.id)]);
    await screen.findByText('Not downloaded yet');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    setLinks([]);
    act(() => {
      for (let fetched = 1; fetched <= 50; fetched++) fake.emit('onImportProgress', progress({ fetched, pending: 100 - fetched, total: 100 }));
    });
    expect(calls.links).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(LINKS_REFRESH_MS));
    expect(calls.links).toBe(2);
    expect(screen.queryByText('Not downloaded yet')).toBeNull();
  });
});
