import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../../../../../src/shared/model/article';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary, type OpenLibraryOptions } from '../../../../../src/main/core/library/openLibrary';
import { makeArticle, makeTempDir, seedLibrary } from '../support/fixtures';

/** A clock that moves one second on at every reading, so every change has its own time. */
export function steppingClock(start = '2025-03-18T10:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 1000));
}

/**
 * For each test: a library of three articles in a fresh folder, opened (and closed after the test) with
 * `open`, whose clock steps a second per reading. Reopening closes the library opened before.
 */
export function useAnnotatedLibrary() {
  let dir = '';
  let cleanup = async () => {};
  let seeded: Article[] = [];
  let library: Library | undefined;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    // Seeded (and first backed up) before any date the tests open the library at, so each later open takes its backup.
    seeded = await seedLibrary(dir, [makeArticle(1), makeArticle(2), makeArticle(3)], { clock: () => new Date('2024-12-01T00:00:00.000Z') });
  });
  afterEach(async () => {
    await library?.close();
    library = undefined;
    await cleanup();
  });
  return {
    dir: () => dir,
    articles: () => seeded as [Article, Article, Article],
    async open(options: Partial<OpenLibraryOptions> = {}): Promise<Library> {
      await library?.close();
      library = await openLibrary({ dir, clock: steppingClock(), ...options });
      return library;
    },
    async close(): Promise<void> {
      await library?.close();
      library = undefined;
    },
  };
}
