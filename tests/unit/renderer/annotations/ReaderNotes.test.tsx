import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/shared/model/settings';
import { ReaderPage } from '../../../../src/renderer/src/features/reader/ReaderPage';
import { article, createFakeApi, ok, withApi } from '../fakeApi';
import { highlightOn } from './highlightFixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the reader with highlights and notes', () => {
  it('counts the highlights on the Notes button, and n shows and hides the panel (closed at first on a narrow window)', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const record = article({ title: 'Annotated' });
    const note = { articleId: record.id, text: 'About the **whole** story', modifiedAt: '2025-04-01T00:00:00.000Z' };
    const { api } = createFakeApi({
      articles: { get: async () => ok(record), content: async () => ok({ id: record.id, html: '<p>Body.</p>', text: 'Body.' }) },
      annotations: { forArticle: async () => ok({ articleId: record.id, highlights: [highlightOn(1, 'Traffic'), highlightOn(2, 'council')], note }) },
    });
    const Wrapper = withApi(api);
    render(
      <Wrapper>
        <ReaderPage id={record.id} settings={{ status: 'ready', value: DEFAULT_SETTINGS, reload: () => {}, update: async () => ({ ok: true, value: DEFAULT_SETTINGS }), failure: null }} onClose={() => {}} onTrash={() => {}} />
      </Wrapper>,
    );
    const button = await screen.findByRole('button', { name: /Notes \(2\)/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('complementary')).toBeNull();

    fireEvent.keyDown(window, { key: 'n' });
    const panel = screen.getByRole('complementary', { name: 'Highlights and notes' });
    expect(within(panel).getByText('whole').tagName).toBe('STRONG');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'n' });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
