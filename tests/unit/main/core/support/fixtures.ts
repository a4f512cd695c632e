import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../../../src/shared/model/article';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary, type OpenLibraryOptions } from '../../../../../src/main/core/library/openLibrary';

/** A fresh folder under the system temp dir; removed by the returned cleanup. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A deterministic, valid article; `n` picks its id and varies its fields. */
export function makeArticle(n: number, overrides: Partial<Article> = {}): Article {
  const hex = n.toString(16).padStart(12, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    url: `https://news.example.com/story/${n}`,
    title: `Story number ${n}`,
    authors: ['Ada Reporter'],
    siteName: n % 2 === 0 ? 'Example News' : 'Other Daily',
    excerpt: `The excerpt of story ${n}.`,
    lang: 'en',
    dir: 'ltr',
    publishedAt: `2025-02-${day}T08:00:00.000Z`,
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
    ...overrides,
  };
}

export const contentOf = (article: Article) => ({ html: `<p>${article.title}</p>`, text: article.title });

/** Opens a library at `dir`, adds the articles (or that many: ids 1..count), then closes it. */
export async function seedLibrary(dir: string, seed: number | Article[], options: Partial<OpenLibraryOptions> = {}): Promise<Article[]> {
  const library = await openLibrary({ dir, ...options });
  const articles = typeof seed === 'number' ? Array.from({ length: seed }, (_, i) => makeArticle(i + 1)) : seed;
  for (const article of articles) await library.articles.add(article, contentOf(article));
  await library.close();
  return articles;
}

export async function withLibrary<T>(options: OpenLibraryOptions, use: (library: Library) => Promise<T>): Promise<T> {
  const library = await openLibrary(options);
  try {
    return await use(library);
  } finally {
    await library.close();
  }
}

/** Every file name under `dir`, relative, for asserting what exists (temp files, damaged copies). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}
