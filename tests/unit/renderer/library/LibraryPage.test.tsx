import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { Api } from '../../../../src/shared/ipc/contract';
import { LibraryPage } from '../../../../src/renderer/src/features/library/LibraryPage';
import { useSearch } from '../../../../src/renderer/src/features/search/useSearch';
import { article, createFakeApi, ok, withApi } from '../fakeApi';

afterEach(cleanup);

const idleActions = { run: vi.fn(), showUndo: vi.fn(), emptyTrash: vi.fn(), toast: null, dismiss: vi.fn() };

// The page with no search typed, as the app shows it until the person searches.
function Unsearched(props: Omit<Parameters<typeof LibraryPage>[0], 'search' | 'onSearchAll'>) {
  return <LibraryPage {...props} search={useSearch(props.view)} onSearchAll={() => {}} />;
}

const renderPage = (api: Api, libraryIsEmpty: false | 'welcome' | 'dismissed', onSave = () => {}) => {
  const Wrapper = withApi(api);
  return render(
    <Wrapper>
      <Unsearched view="unread" libraryIsEmpty={libraryIsEmpty} libraryPath="/home/ana/News" assetBaseUrl="archive-asset://" focusId={null} onOpen={() => {}} onSave={onSave} onManageTags={() => {}} actions={idleActions} />
    </Wrapper>,
  );
};

describe('LibraryPage', () => {
  it('welcomes a new library with every way to save the first article, and a Save button that works', async () => {
    const onSave = vi.fn();
    const fake = createFakeApi({ articles: { list: async () => ok({ items: [], total: 0, highlightCounts: {} }) } });
    renderPage(fake.api, 'welcome', onSave);
    const welcome = await screen.findByRole('region', { name: 'Welcome to News Archive' });
    expect(welcome.textContent).toContain('news-archive add <url>');
    expect(welcome.textContent).toContain('/home/ana/News');
    expect(welcome.textContent).toMatch(/Paste a link/);
    expect(welcome.textContent).toMatch(/Drop a link/);
    expect(welcome.textContent).toMatch(/Ctrl\+S|⌘S/);
    fireEvent.click(screen.getByRole('button', { name: 'Save your first article' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('once the welcome is closed, says nothing is saved yet and how to save', async () => {
    const fake = createFakeApi({ articles: { list: async () => ok({ items: [], total: 0, highlightCounts: {} }) } });
    renderPage(fake.api, 'dismissed');
    expect((await screen.findByText(/^Nothing saved yet\./)).textContent).toMatch(/Ctrl\+S|⌘S/);
    expect(screen.queryByRole('region', { name: 'Welcome to News Archive' })).toBeNull();
    expect(screen.queryByText('You have read everything you saved.')).toBeNull();
  });

  it('says a view is empty when the library is not', async () => {
    const fake = createFakeApi({ articles: { list: async () => ok({ items: [], total: 0, highlightCounts: {} }) } });
    renderPage(fake.api, false);
    expect(await screen.findByText('You have read everything you saved.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Welcome to News Archive' })).toBeNull();
  });

  it('shows the error’s message and tries again on request', async () => {
    const list = vi
      .fn<Api['articles']['list']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage-failure', message: 'The library folder cannot be read.' } })
      .mockResolvedValueOnce(ok({ items: [article({ title: 'Back again' })], total: 1, highlightCounts: {} }));
    renderPage(createFakeApi({ articles: { list } }).api, false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The library folder cannot be read.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /Back again/ })).toBeTruthy();
  });

  it('shows how many highlights an article has, and only for those that have some', async () => {
    const marked = article({ title: 'Marked up' });
    const plain = { ...article({ title: 'Untouched' }), id: '20000000-0000-4000-8000-000000000002' };
    const fake = createFakeApi({ articles: { list: async () => ok({ items: [marked, plain], total: 2, highlightCounts: { [marked.id]: 3 } }) } });
    renderPage(fake.api, false);
    const markedRow = (await screen.findByRole('heading', { name: /Marked up/ })).closest('article')!;
    expect(markedRow.textContent).toContain('3 highlights');
    expect(screen.getByRole('heading', { name: /Untouched/ }).closest('article')!.textContent).not.toContain('highlight');
  });
});
