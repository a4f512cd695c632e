import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { SearchRequest } from '../../../../src/shared/model/search';
import { App } from '../../../../src/renderer/src/App';
import { SEARCH_DELAY_MS } from '../../../../src/renderer/src/features/search/useSearch';
import { article, createFakeApi, deferred, ok, withApi } from '../fakeApi';
import { hit, page } from './searchFixtures';

afterEach(cleanup);
beforeEach(() => {
  window.scrollTo = () => undefined;
});

const listed = article({ title: 'Listed in the library' });

function renderApp(query: Api['search']['query']) {
  const fake = createFakeApi({
    articles: { list: async () => ok({ items: [listed], total: 1, highlightCounts: {} }) },
    search: { query, saved: async () => ok([]) },
  });
  render(<App />, { wrapper: withApi(fake.api) });
  return fake;
}

const box = () => screen.getByRole('searchbox', { name: 'Search the library' });
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('the search box', () => {
  it('searches once typing pauses, within the view, and shows the results with their words marked', async () => {
    const query = vi.fn<Api['search']['query']>(async () =>
      ok(page([hit('The night train', { titleMarks: [[4, 9]], snippet: { field: 'highlights', text: 'a night crossing', marks: [[2, 7]] } })])),
    );
    renderApp(query);
    await screen.findByRole('button', { name: /Listed in the library/ });
    fireEvent.change(box(), { target: { value: 'n' } });
    fireEvent.change(box(), { target: { value: 'ni' } });
    fireEvent.change(box(), { target: { value: 'nig' } });
    await wait(SEARCH_DELAY_MS / 2);
    expect(query).not.toHaveBeenCalled();
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith({ query: 'nig', view: 'unread', sort: 'relevance', direction: 'desc', offset: 0, limit: 30 } satisfies SearchRequest);
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['night', 'night']);
    expect(results.textContent).toContain('In a highlight');
    expect(screen.getByText(/^1 result/).textContent).toContain('3 ms');
  });

  it('never lets an older answer replace a newer one', async () => {
    const slow = deferred<Awaited<ReturnType<Api['search']['query']>>>();
    const query = vi.fn<Api['search']['query']>(async ({ query: text }) => (text === 'old' ? slow.promise : ok(page([hit('Newer answer')]))));
    renderApp(query);
    fireEvent.change(box(), { target: { value: 'old' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.change(box(), { target: { value: 'new' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    await screen.findByRole('button', { name: /Newer answer/ });
    await act(async () => slow.resolve(ok(page([hit('Older answer')]))));
    await wait(10);
    expect(screen.queryByRole('button', { name: /Older answer/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Newer answer/ })).toBeTruthy();
  });

  it('says why a query is refused under the box, keeping the last results dimmed', async () => {
    const query = vi.fn<Api['search']['query']>(async ({ query: text }) =>
      text.includes('"') ? { ok: false, error: { code: 'invalid-query', message: 'This quote is never closed.' } } : ok(page([hit('Kept result')])),
    );
    renderApp(query);
    fireEvent.change(box(), { target: { value: 'kept' } });
    await screen.findByRole('button', { name: /Kept result/ });
    fireEvent.change(box(), { target: { value: 'kept "open' } });
    await waitFor(() => expect(box().getAttribute('aria-invalid')).toBe('true'));
    const status = document.getElementById(box().getAttribute('aria-describedby')!)!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('This quote is never closed.');
    expect(screen.getByRole('button', { name: /Kept result/ }).closest('.library-page__list--stale')).toBeTruthy();
  });

  it('is focused by /, cleared by Esc and left by a second Esc', async () => {
    renderApp(async () => ok(page([])));
    await screen.findByRole('button', { name: /Listed in the library/ });
    fireEvent.keyDown(window, { key: '/' });
    await waitFor(() => expect(document.activeElement).toBe(box()));
    fireEvent.change(box(), { target: { value: 'nothing' } });
    expect(await screen.findByText(/Nothing in Unread matches/)).toBeTruthy();
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect((box() as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('button', { name: /Listed in the library/ })).toBeTruthy();
    expect(document.activeElement).toBe(box());
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(document.activeElement).not.toBe(box());
  });

  it('offers to search everywhere when nothing in the view matches', async () => {
    const query = vi.fn<Api['search']['query']>(async ({ view }) => ok(page(view === 'all' ? [hit('Found in All')] : [])));
    renderApp(query);
    fireEvent.change(box(), { target: { value: 'tag:ukraine war talks' } });
    expect(await screen.findByText('Try fewer words, or removing a filter (tag:, is:, before:…).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Search all articles' }));
    expect(await screen.findByRole('button', { name: /Found in All/ })).toBeTruthy();
  });
});
