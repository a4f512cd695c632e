import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderPage } from '../../../src/renderer/src/features/reader/ReaderPage';
import { createFakeApi, withApi } from './fakeApi';

afterEach(cleanup);

const id = '00000000-0000-4000-8000-000000000001';
const notFound = async () => ({ ok: false as const, error: { code: 'not-found' as const, message: 'That article is not in the library.' } });

describe('ReaderPage', () => {
  it('shows why an article could not be opened, and Esc goes back to the list', async () => {
    const onClose = vi.fn();
    const Wrapper = withApi(createFakeApi({ articles: { get: notFound, content: notFound } }).api);
    render(
      <Wrapper>
        <ReaderPage id={id} theme="system" onClose={onClose} />
      </Wrapper>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('That article is not in the library.');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
