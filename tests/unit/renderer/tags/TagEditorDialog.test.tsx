import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { TagNode } from '../../../../src/shared/model/tag';
import { TagEditorDialog } from '../../../../src/renderer/src/features/tags/TagEditorDialog';
import { installDialogPolyfill } from '../dialogPolyfill';
import { article, createFakeApi, ok, withApi } from '../fakeApi';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

const node = (name: string, count: number, children: TagNode[] = []): TagNode => ({ name, color: null, count, total: count, children });
const tree = [node('ukraine', 4, [node('ukraine/ceasefire', 2)]), node('climate', 3)];
const articles = [article({ title: 'One', tags: ['climate'] }), article({ title: 'Two' })];

function renderEditor(apply: Api['tags']['apply']) {
  const fake = createFakeApi({ tags: { tree: async () => ok(tree), apply } });
  const Wrapper = withApi(fake.api);
  render(
    <Wrapper>
      <TagEditorDialog articles={articles} onClose={() => {}} />
    </Wrapper>,
  );
  return screen.getByRole('combobox', { name: 'Add a tag' });
}

const changed = async () => ok({ updated: 2, undo: 'token' });
const ids = articles.map(({ id }) => id);

describe('TagEditorDialog', () => {
  it('shows the tags the articles carry, and removes one from all of them', async () => {
    const apply = vi.fn<Api['tags']['apply']>(changed);
    renderEditor(apply);
    expect(screen.getByRole('heading').textContent).toBe('Tags of 2 articles');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the tag climate' }));
    await waitFor(() => expect(screen.getByText('No tags yet.')).toBeTruthy());
    expect(apply).toHaveBeenCalledWith({ ids, edit: { add: [], remove: ['climate'] } });
  });

  it('suggests matching tags with counts, and Enter adds the highlighted one', async () => {
    const apply = vi.fn<Api['tags']['apply']>(changed);
    const input = renderEditor(apply);
    await screen.findByRole('listbox', { hidden: true });
    fireEvent.change(input, { target: { value: 'FIRE' } });
    const option = await screen.findByRole('option');
    expect(option.textContent).toBe('ukraine/ceasefire2');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(option.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Current tags' })).getByText('ukraine/ceasefire')).toBeTruthy());
    expect(apply).toHaveBeenCalledWith({ ids, edit: { add: ['ukraine/ceasefire'], remove: [] } });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('creates the typed name on Enter when no suggestion is highlighted', async () => {
    const apply = vi.fn<Api['tags']['apply']>(changed);
    const input = renderEditor(apply);
    fireEvent.change(input, { target: { value: 'ukraine/grain ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(apply).toHaveBeenCalledWith({ ids, edit: { add: ['ukraine/grain'], remove: [] } }));
  });

  it('shows why a name is refused, from its own check or from the core, and keeps the text', async () => {
    const apply = vi.fn<Api['tags']['apply']>(async () => ({ ok: false, error: { code: 'invalid-input', message: 'The library refused it.' } }));
    const input = renderEditor(apply);
    fireEvent.change(input, { target: { value: '/news' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('A tag name cannot start or end with "/".');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(apply).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: 'news' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe('The library refused it.');
    expect((input as HTMLInputElement).value).toBe('news');
  });
});
