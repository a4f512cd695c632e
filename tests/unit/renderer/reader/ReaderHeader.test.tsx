import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderHeader } from '../../../../src/renderer/src/features/reader/ReaderHeader';
import { article } from '../fakeApi';

afterEach(cleanup);

describe('ReaderHeader', () => {
  it('offers the original and how the copy was made', () => {
    render(<ReaderHeader article={article({ title: 'Saved from the web', url: 'https://www.news.example/a' })} onOpenOriginal={() => {}} />);
    expect(screen.getByRole('link', { name: /Read the original on news\.example/ })).toBeTruthy();
    expect(screen.getByText('About this copy')).toBeTruthy();
  });

  it('has no original to offer for pasted text, and says when capture details predate the article', () => {
    render(<ReaderHeader article={article({ title: 'Pasted text', url: null, canonicalUrl: null, provenance: null })} onOpenOriginal={() => {}} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Saved before capture details were recorded.')).toBeTruthy();
  });
});
