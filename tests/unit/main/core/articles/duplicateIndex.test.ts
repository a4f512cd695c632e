import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from '../../../../../src/main/core/articles/duplicateIndex';
import type { Provenance } from '../../../../../src/shared/model/provenance';
import { makeArticle } from '../support/fixtures';

const provenance = (overrides: Partial<Provenance>): Provenance => ({
  source: 'url',
  requestedUrl: null,
  finalUrl: null,
  httpStatus: 200,
  contentType: 'text/html',
  fileName: null,
  capturedAt: '2025-03-18T10:00:00.000Z',
  rawSha256: 'a'.repeat(64),
  textSha256: 'b'.repeat(64),
  rawFile: null,
  imagesStored: 0,
  imagesFailed: [],
  ...overrides,
});

describe('the duplicate index', () => {
  const saved = makeArticle(1, {
    url: 'https://news.example.com/final',
    canonicalUrl: 'https://news.example.com/story',
    provenance: provenance({ requestedUrl: 'https://short.example/x', finalUrl: 'https://news.example.com/final' }),
  });
  const old = makeArticle(2, { url: 'https://old.example.com/a', canonicalUrl: null, provenance: null });
  const index = createDuplicateIndex(() => [saved, old]);
  const find = (query: Partial<Parameters<typeof index.find>[0]>) => index.find({ canonicalUrl: null, urls: [], textSha256: null, ...query });

  it('finds an article by its canonical address, ignoring the fragment', () => {
    expect(find({ canonicalUrl: 'https://news.example.com/story#top' })).toBe(saved.id);
    expect(find({ canonicalUrl: 'https://news.example.com/other' })).toBeUndefined();
  });

  it('without a canonical address, by the requested or final address of either side', () => {
    expect(find({ urls: [null, 'https://short.example/x'] })).toBe(saved.id);
    expect(find({ urls: ['https://news.example.com/story'] })).toBe(saved.id);
    expect(find({ urls: ['https://old.example.com/a'] })).toBe(old.id);
    expect(find({ urls: ['not an address', null] })).toBeUndefined();
  });

  it('does not match a page that names another canonical address by the address it came through', () => {
    expect(find({ canonicalUrl: 'https://news.example.com/new-story', urls: ['https://short.example/x'] })).toBeUndefined();
  });

  it('finds an article by the SHA-256 of its text, and learns new articles', () => {
    expect(find({ textSha256: 'b'.repeat(64) })).toBe(saved.id);
    const added = makeArticle(3, { canonicalUrl: null, url: null, provenance: provenance({ textSha256: 'c'.repeat(64) }) });
    expect(find({ textSha256: 'c'.repeat(64) })).toBeUndefined();
    index.add(added);
    expect(find({ textSha256: 'c'.repeat(64) })).toBe(added.id);
  });
});
