import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../../../../../src/shared/model/article';
import { SearchRequestSchema, type SearchRequest } from '../../../../../src/shared/model/search';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { makeArticle, makeTempDir } from '../support/fixtures';

export { makeArticle };

/** Resolves once the index has caught up with the library. */
export async function indexed(library: Library): Promise<void> {
  while (library.search.indexing() !== null) await sleep(2);
}

/** For each test: an empty library in a fresh folder; `add` saves articles with their body text and waits for the index. */
export function useSearchLibrary() {
  let dir = '';
  let cleanup = async () => {};
  let library: Library | undefined;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
  });
  afterEach(async () => {
    await library?.close();
    library = undefined;
    await cleanup();
  });
  const open = async () => {
    await library?.close();
    library = await openLibrary({ dir });
    await indexed(library);
    return library;
  };
  return {
    dir: () => dir,
    open,
    close: async () => {
      await library?.close();
      library = undefined;
    },
    /** Opens the library (once), adds these articles with their bodies, and waits until they are indexed. */
    async add(...entries: Array<[Article, string]>): Promise<Library> {
      const open_ = library ?? (await open());
      for (const [article, text] of entries) await open_.articles.add(article, { html: `<p>${text}</p>`, text });
      await indexed(open_);
      return open_;
    },
    /** The titles found for a query, in order. */
    async titles(query: string, request: Partial<SearchRequest> = {}): Promise<string[]> {
      const page = await (library as Library).search.query(SearchRequestSchema.parse({ query, ...request }));
      return page.items.map((hit) => hit.article.title);
    },
  };
}
