import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { SavedSearch } from '../../../../src/shared/model/search';
import { App } from '../../../../src/renderer/src/App';
import { article, createFakeApi, ok, withApi } from '../fakeApi';
import { hit, page } from './searchFixtures';

afterEach(cleanup);
beforeEach(() => {
  window.scrollTo = () => undefined;
});

const savedSearch = (name: string, query: string): SavedSearch => ({
  id: `40000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
  name,
  query,
  createdAt: '2025-03-18T09:30:00.000Z',
});

/** A library whose saved searches live in the fake, reporting each change as main does. */
function renderWithSaved(initial: SavedSearch[]) {
  let saved = initial;
  const query = vi.fn<Api['search']['query']>(async ({ query: text }) => ok(page([hit(`Found by ${text}`)])));
  const fake = createFakeApi({
    articles: { list: async () => ok({ items: [article({ title: 'Listed' })], total: 1, highlightCounts: {} }) },
    search: {
      query,
      saved: async () => ok(saved),
      save: async ({ name, query: text }) => {
        if (saved.some((search) => search.name === name)) return { ok: false, error: { code: 'invalid-input', message: `A saved search is already called “${name}”.` } };
        const made = savedSearch(name, text);
        saved = [...saved, made];
        fake.emit('onSavedSearchesChanged', null);
        return ok(made);
      },
      deleteSaved: async ({ id }) => {
        saved = saved.filter((search) => search.id !== id);
        fake.emit('onSavedSearchesChanged', null);
        return ok(null);
      },
    },
  });
  render(<App />, { wrapper: withApi(fake.api) });
  return { query };
}

const sidebar = () => screen.findByRole('navigation', { name: 'Saved searches' });

describe('saved searches', () => {
  it('saves the search under a name (the query by default), saying why a name is refused', async () => {
    renderWithSaved([savedSearch('Ukraine', 'tag:ukraine')]);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'night train' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save search…' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect((name as HTMLInputElement).value).toBe('night train');
    fireEvent.change(name, { target: { value: 'Ukraine' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Save this search' })).getByRole('button', { name: 'Save' }));
    expect((await screen.findByText('A saved search is already called “Ukraine”.')).getAttribute('role')).toBe('status');
    fireEvent.change(name, { target: { value: 'Trains' } });
    fireEvent.submit(name);
    expect(await within(await sidebar()).findByRole('button', { name: 'Trains' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
  });

  it('runs a saved search from the sidebar, and deletes one with an Undo', async () => {
    const { query } = renderWithSaved([savedSearch('Ukraine', 'tag:ukraine')]);
    fireEvent.click(await within(await sidebar()).findByRole('button', { name: 'Ukraine' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('tag:ukraine');
    expect(await screen.findByRole('button', { name: /Found by tag:ukraine/ })).toBeTruthy();
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ query: 'tag:ukraine' }));
    expect(within(await sidebar()).getByRole('button', { name: 'Ukraine' }).getAttribute('aria-current')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Delete the saved search “Ukraine”' }));
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Saved searches' })).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(await sidebar()).findByRole('button', { name: 'Ukraine' })).toBeTruthy();
  });
});
