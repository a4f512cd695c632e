import { randomUUID } from 'node:crypto';
import { Low, Memory } from 'lowdb';
import { createAnnotationRepository } from '../../src/main/core/annotations/annotationRepository';
import type { AnnotationShard } from '../../src/main/core/annotations/annotationShard';
import type { ArticleRepository, Library } from '../../src/main/core/library/library';
import { createSavedSearchRepository } from '../../src/main/core/savedSearches/savedSearchRepository';
import type { SavedSearchesFile } from '../../src/main/core/savedSearches/savedSearchesFile';
import { createFilterMemo } from '../../src/main/core/search/filterMemo';
import { searchArticles } from '../../src/main/core/search/searchArticles';
import { openIndexDatabase } from '../../src/main/core/search/searchDatabase';
import { createSearchIndex } from '../../src/main/core/search/searchIndex';
import { createTagRepository } from '../../src/main/core/tags/tagRepository';
import type { TagsFile } from '../../src/main/core/tags/tagsFile';
import type { Article } from '../../src/shared/model/article';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/model/settings';
import { AppError } from '../../src/shared/ipc/result';
import { makeArticle } from './makeArticle';

/** A minimal in-memory Library for tests of the layers above the core (handlers, dispatcher). */
export function fakeLibrary(articles: Article[] = []): Library {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const byId = new Map(articles.map((article) => [article.id, article]));
  const articleRepository: ArticleRepository = {
    count: () => byId.size,
    list: (query) => {
      const items = [...byId.values()].slice(query.offset, query.offset + query.limit);
      return { items, total: byId.size };
    },
    get: (id) => byId.get(id),
    all: () => byId.values(),
    findDuplicate: () => undefined,
    draft: async () => {
      throw new Error('The fake library stores no content.');
    },
    content: async (id) => {
      if (!byId.has(id)) throw new AppError('not-found', 'That article is not in the library.');
      return { id, html: '<p>Body</p>', text: 'Body' };
    },
    text: (id) => {
      if (!byId.has(id)) throw new AppError('not-found', 'That article is not in the library.');
      return 'Body';
    },
    add: async (article) => void byId.set(article.id, article),
    addMany: async (entries) => entries.forEach(({ article }) => byId.set(article.id, article)),
    replace: async (article) => void byId.set(article.id, article),
    trash: async () => 0,
    restore: async () => 0,
    emptyTrash: async () => 0,
    sites: () => [],
    setState: async (ids, patch) => {
      let changed = 0;
      for (const id of ids) {
        const article = byId.get(id);
        if (!article) continue;
        byId.set(id, { ...article, ...patch });
        changed++;
      }
      return changed;
    },
    setTags: async (tags) => {
      for (const [id, names] of tags) byId.set(id, { ...byId.get(id)!, tags: [...names] });
      return tags.size;
    },
  };
  // The real annotation rules, over one shard kept in memory.
  const annotations = createAnnotationRepository({
    shards: [new Low(new Memory<AnnotationShard>(), { schemaVersion: 1, highlights: {}, notes: {} })],
    articles: articleRepository,
    clock: () => new Date('2025-03-18T10:00:00.000Z'),
    randomId: randomUUID,
    emit: () => undefined,
  });
  // The real search over an index kept in memory, empty: words find nothing, filters list the articles.
  const index = createSearchIndex(openIndexDatabase(':memory:'));
  const savedSearches = createSavedSearchRepository({
    db: new Low(new Memory<SavedSearchesFile>(), { schemaVersion: 1, searches: [] }),
    clock: () => new Date('2025-03-18T10:00:00.000Z'),
    randomId: randomUUID,
    emit: () => undefined,
  });
  return {
    dir: '/tmp/fake-library',
    schemaVersion: 1,
    notices: [],
    articles: articleRepository,
    // The real tag rules, over these articles and a tags file kept in memory.
    tags: createTagRepository({
      articles: articleRepository,
      db: new Low(new Memory<TagsFile>(), { schemaVersion: 1, tags: [] }),
      randomId: randomUUID,
      emit: () => undefined,
    }),
    annotations,
    search: {
      query: async (request) => searchArticles(request, { index, articles: articleRepository, annotations, filterMemo: createFilterMemo() }),
      indexing: () => null,
      saved: savedSearches.list,
      save: savedSearches.save,
      deleteSaved: savedSearches.delete,
    },
    settings: {
      get: () => settings,
      update: async (patch) => (settings = { ...settings, ...patch }),
    },
    on: () => () => undefined,
    idle: async () => undefined,
    close: async () => undefined,
  };
}

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return makeArticle(1, {
    url: 'https://www.ndtv.com/world-news/trump-putin-call',
    title: 'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says',
    siteName: 'NDTV',
    ...overrides,
  });
}
