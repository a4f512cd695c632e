import type { Article } from '../../src/shared/model/article';

/**
 * A complete, valid article record for tests, deterministic in `n` (its id and the fields that vary);
 * tests override only what they are about.
 */
export function makeArticle(n: number, overrides: Partial<Article> = {}): Article {
  const hex = n.toString(16).padStart(12, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    url: `https://news.example.com/story/${n}`,
    canonicalUrl: `https://news.example.com/story/${n}`,
    title: `Story number ${n}`,
    authors: ['Ada Reporter'],
    siteName: n % 2 === 0 ? 'Example News' : 'Other Daily',
    excerpt: `The excerpt of story ${n}.`,
    lang: 'en',
    dir: 'ltr',
    publishedAt: `2025-02-${day}T08:00:00.000Z`,
    modifiedAt: null,
    savedAt: `2025-03-${day}T10:00:00.000Z`,
    updatedAt: `2025-03-${day}T10:00:00.000Z`,
    wordCount: 100 * n,
    readingMinutes: n % 10,
    leadImage: null,
    tags: [],
    read: false,
    starred: false,
    archived: false,
    trashedAt: null,
    progress: 0,
    provenance: null,
    ...overrides,
  };
}
