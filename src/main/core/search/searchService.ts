import type { AnnotationRepository, ArticleRepository, Library, SearchService } from '../library/library';
import type { SavedSearchRepository } from '../savedSearches/savedSearchRepository';
import { createFilterMemo } from './filterMemo';
import { createIndexer } from './indexer';
import { searchArticles } from './searchArticles';
import { openSearchDatabase } from './searchDatabase';
import { createSearchIndex } from './searchIndex';

export interface SearchServiceDeps {
  /** index/search.sqlite in the library folder. */
  file: string;
  articles: ArticleRepository;
  annotations: AnnotationRepository;
  savedSearches: SavedSearchRepository;
  on: Library['on'];
  onError: (error: unknown) => void;
}

/** The search service, and what the library needs to shut it down. */
export interface SearchStore extends SearchService {
  /** Resolves once the index has caught up with every change so far. */
  idle(): Promise<void>;
  /** Waits for the batch being written, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the index and has it catch up in the background with what changed while the library was closed
 * (only the articles whose indexed words differ); search answers at once, from what is indexed so far.
 * From then on each change of articles or annotations reindexes just those articles.
 */
export async function openSearchService({ file, articles, annotations, savedSearches, on, onError }: SearchServiceDeps): Promise<SearchStore> {
  const db = await openSearchDatabase(file);
  const index = createSearchIndex(db);
  const indexer = createIndexer(index, { articles, annotations }, onError);
  const filterMemo = createFilterMemo();
  // Tags live on the articles (a renamed tag changes them), so articlesChanged covers tag changes too.
  const stop = [
    on('articlesChanged', ({ ids }) => {
      filterMemo.clear();
      indexer.update(ids);
    }),
    on('annotationsChanged', ({ articleIds }) => {
      filterMemo.clear();
      indexer.update(articleIds);
    }),
  ];
  indexer.reconcile();
  return {
    query: async (request) => searchArticles(request, { index, articles, annotations, filterMemo }),
    indexing: indexer.progress,
    saved: savedSearches.list,
    save: savedSearches.save,
    deleteSaved: savedSearches.delete,
    idle: indexer.idle,
    async close() {
      stop.forEach((unsubscribe) => unsubscribe());
      await indexer.stop();
      db.close();
    },
  };
}
