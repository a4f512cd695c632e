import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../src/shared/model/article';
import { DEFAULT_SETTINGS } from '../../../../src/shared/model/settings';
import { ReaderPage } from '../../../../src/renderer/src/features/reader/ReaderPage';
import type { SettingsQuery } from '../../../../src/renderer/src/features/settings/useSettings';
import { article, createFakeApi, ok, withApi } from '../fakeApi';

afterEach(cleanup);

const notFound = async () => ({ ok: false as const, error: { code: 'not-found' as const, message: 'That article is not in the library.' } });
const settings = (update = vi.fn<SettingsQuery['update']>()): SettingsQuery => ({
  status: 'ready',
  value: DEFAULT_SETTINGS,
  reload: () => {},
  update,
  failure: null,
});

function openReader(record: Article) {
  const setState = vi.fn(async () => ok({ updated: 1 }));
  const openExternal = vi.fn(async () => ok(null));
  const update = vi.fn<SettingsQuery['update']>();
  const onClose = vi.fn();
  const onTrash = vi.fn();
  const { api } = createFakeApi({
    articles: { get: async () => ok(record), content: async () => ok({ id: record.id, html: '<p>Body.</p>', text: 'Body.' }), setState },
    shell: { openExternal },
  });
  const Wrapper = withApi(api);
  render(
    <Wrapper>
      <ReaderPage id={record.id} settings={settings(update)} onClose={onClose} onTrash={onTrash} />
    </Wrapper>,
  );
  return { setState, openExternal, update, onClose, onTrash };
}

const press = (key: string) => fireEvent.keyDown(window, { key });

describe('ReaderPage', () => {
  it('shows why an article could not be opened, and Esc goes back to the list', async () => {
    const onClose = vi.fn();
    const Wrapper = withApi(createFakeApi({ articles: { get: notFound, content: notFound } }).api);
    render(
      <Wrapper>
        <ReaderPage id="00000000-0000-4000-8000-000000000001" settings={settings()} onClose={onClose} onTrash={() => {}} />
      </Wrapper>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('That article is not in the library.');
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('stars, archives, marks unread, opens the original and resizes the text from the keyboard', async () => {
    const record = article({ title: 'Keys', url: 'https://news.example/keys', read: true, starred: false, archived: false });
    const reader = openReader(record);
    await screen.findByRole('heading', { name: 'Keys' });
    for (const key of ['s', 'e', 'm', 'o', '+', '-']) press(key);
    expect(reader.setState.mock.calls).toEqual([
      [{ ids: [record.id], patch: { starred: true } }],
      [{ ids: [record.id], patch: { archived: true } }],
      [{ ids: [record.id], patch: { read: false } }],
    ]);
    expect(reader.openExternal).toHaveBeenCalledWith({ url: 'https://news.example/keys' });
    expect(reader.update.mock.calls).toEqual([[{ fontSize: DEFAULT_SETTINGS.fontSize + 1 }], [{ fontSize: DEFAULT_SETTINGS.fontSize - 1 }]]);
  });

  it('hands the article to the Trash action with # or Delete', async () => {
    const record = article({ title: 'To the Trash' });
    const reader = openReader(record);
    await screen.findByRole('heading', { name: 'To the Trash' });
    press('#');
    press('Delete');
    expect(reader.onTrash.mock.calls).toEqual([[record], [record]]);
  });

  it('has no original to open for pasted text', async () => {
    const reader = openReader(article({ title: 'Pasted', url: null, canonicalUrl: null }));
    await screen.findByRole('heading', { name: 'Pasted' });
    expect(screen.queryByRole('button', { name: /Open original/ })).toBeNull();
    press('o');
    expect(reader.openExternal).not.toHaveBeenCalled();
  });

  it('labels its buttons with their keys', async () => {
    openReader(article({ title: 'Buttons', starred: true }));
    await screen.findByRole('heading', { name: 'Buttons' });
    const star = screen.getByRole('button', { name: /Star/ });
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(star.getAttribute('aria-keyshortcuts')).toBe('s');
    expect(screen.getByRole('button', { name: /Delete/ }).getAttribute('aria-keyshortcuts')).toBe('# Delete');
  });
});
