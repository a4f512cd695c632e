import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { TagNode } from '../../../../src/shared/model/tag';
import { ManageTagsDialog } from '../../../../src/renderer/src/features/tags/ManageTagsDialog';
import type { ShowUndo } from '../../../../src/renderer/src/features/tags/useTagManagement';
import { installDialogPolyfill } from '../dialogPolyfill';
import { createFakeApi, ok, withApi } from '../fakeApi';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

const node = (name: string, count: number, children: TagNode[] = []): TagNode => ({ name, color: null, count, total: count, children });
const tree = [node('ukraine', 4, [node('ukraine/ceasefire', 2)]), node('climate', 3)];
const changed = async () => ok({ updated: 2, undo: 'token-1' });

function renderDialog(tags: Partial<Api['tags']>) {
  const showUndo = vi.fn<ShowUndo>();
  const fake = createFakeApi({ tags: { tree: async () => ok(tree), ...tags } });
  const Wrapper = withApi(fake.api);
  render(
    <Wrapper>
      <ManageTagsDialog showUndo={showUndo} onClose={() => {}} />
    </Wrapper>,
  );
  return showUndo;
}

const names = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.manage-tags__name')!.textContent);

describe('ManageTagsDialog', () => {
  it('collapses and expands a branch with its disclosure button', async () => {
    renderDialog({});
    const toggle = await screen.findByRole('button', { name: 'Show the tags under ukraine' });
    expect(names()).toEqual(['ukraine', 'ceasefire', 'climate']);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(names()).toEqual(['ukraine', 'climate']);
    fireEvent.click(toggle);
    expect(names()).toEqual(['ukraine', 'ceasefire', 'climate']);
  });

  it('shows the core’s refusal of a rename inline, and offers Undo once a rename is done', async () => {
    const rename = vi
      .fn<Api['tags']['rename']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'invalid-input', message: 'A tag named "climate" already exists. Merge "ukraine" into "climate" instead.' } })
      .mockImplementationOnce(changed);
    const undo = vi.fn<Api['tags']['undo']>(async () => ok({ updated: 2 }));
    const showUndo = renderDialog({ rename, undo });
    fireEvent.click(await screen.findByRole('button', { name: 'Rename ukraine' }));
    const field = screen.getByRole('textbox', { name: 'New name for ukraine' });
    fireEvent.change(field, { target: { value: 'climate' } });
    fireEvent.submit(field);
    expect((await screen.findByRole('alert')).textContent).toBe('A tag named "climate" already exists. Merge "ukraine" into "climate" instead.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(showUndo).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: 'ua' } });
    fireEvent.submit(field);
    await waitFor(() => expect(showUndo).toHaveBeenCalledWith('Renamed “ukraine” to “ua” on 2 articles', expect.any(Function)));
    expect(rename).toHaveBeenLastCalledWith({ name: 'ukraine', newName: 'ua' });
    expect(screen.queryByRole('textbox')).toBeNull();
    await expect(showUndo.mock.calls[0]![1]()).resolves.toBeNull();
    expect(undo).toHaveBeenCalledWith({ token: 'token-1' });
  });

  it('merges into a chosen tag, colours a tag and deletes one, each with an Undo', async () => {
    const merge = vi.fn<Api['tags']['merge']>(changed);
    const setColor = vi.fn<Api['tags']['setColor']>(changed);
    const remove = vi.fn<Api['tags']['delete']>(changed);
    const showUndo = renderDialog({ merge, setColor, delete: remove });

    fireEvent.click(await screen.findByRole('button', { name: 'Merge climate into…' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Merge climate into' }), { target: { value: 'ukraine/ceasefire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(merge).toHaveBeenCalledWith({ from: 'climate', into: 'ukraine/ceasefire' }));

    fireEvent.click(screen.getByRole('button', { name: 'Colour of climate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Teal' }));
    await waitFor(() => expect(setColor).toHaveBeenCalledWith({ name: 'climate', color: 'teal' }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete ukraine/ceasefire' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ name: 'ukraine/ceasefire' }));
    expect(showUndo.mock.calls.map(([message]) => message)).toEqual([
      'Merged “climate” into “ukraine/ceasefire” on 2 articles',
      'Coloured “climate” teal',
      'Deleted “ukraine/ceasefire” from 2 articles',
    ]);
  });
});
