import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../../../src/shared/model/article';
import { makeArticle } from '../../../../support/makeArticle';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary, type OpenLibraryOptions } from '../../../../../src/main/core/library/openLibrary';

export { makeArticle };

/** A fresh folder under the system temp dir; removed by the returned cleanup. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
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
