import type { ArticleId } from '../../../shared/model/article';
import type { SearchField } from '../../../shared/model/search';
import type { AnnotationRepository, ArticleRepository, IndexingProgress } from '../library/library';
import { bodyOf, fieldsSignature, recordFields, type IndexedFields } from './articleFields';
import { createIndexTidying } from './indexTidying';
import { indexText } from './indexText';
import type { IndexedDocument, SearchIndex } from './searchIndex';

export interface IndexerSources {
  articles: Pick<ArticleRepository, 'get' | 'all' | 'text'>;
  annotations: Pick<AnnotationRepository, 'forArticle'>;
}

/** Articles indexed per transaction: small enough that a search or a click never waits long behind one. */
const BATCH = 25;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Keeps the index in step with the records, in the background: articles to (re)index are queued, then
 * indexed in small batches, each its own transaction, yielding to the event loop between batches, so
 * searching works throughout (on what is indexed so far) and the app never stalls.
 */
export function createIndexer(index: SearchIndex, { articles, annotations }: IndexerSources, onError: (error: unknown) => void) {
  const tidying = createIndexTidying(index, onError);
  const pending = new Set<ArticleId>();
  // Since the queue was last empty: how many articles were queued, and how many of those are indexed.
  let done = 0;
  let total = 0;
  let running: Promise<void> | undefined;

  const fieldsOf = (id: ArticleId): IndexedFields | undefined => {
    const article = articles.get(id);
    return article && { fields: recordFields(article, annotations.forArticle(id)), body: article.provenance?.textSha256 ?? null };
  };

  function documentOf(id: ArticleId): IndexedDocument | undefined {
    const fields = fieldsOf(id);
    if (!fields) return undefined;
    const columns = Object.fromEntries(Object.entries({ ...fields.fields, body: bodyOf(articles, id) }).map(([field, text]) => [field, indexText(text)])) as Record<SearchField, string>;
    return { id, signature: fieldsSignature(fields), columns };
  }

  async function drain(): Promise<void> {
    try {
      while (pending.size > 0) {
        const batch = [...pending].slice(0, BATCH);
        batch.forEach((id) => pending.delete(id));
        // Before each batch (reading the bodies never waits), so whoever queued the articles goes on first;
        // the batch is already taken, so `stop` meanwhile waits for it rather than dropping it.
        await yieldToEventLoop();
        const documents = batch.map(documentOf);
        const removed = batch.filter((_, i) => documents[i] === undefined);
        index.write(documents.filter((document) => document !== undefined), removed);
        done += batch.length;
      }
    } finally {
      // In the same step as the last look at the queue, so an article queued later always starts a new run.
      done = total = 0;
      running = undefined;
      tidying.soon();
    }
  }

  function start(): void {
    running ??= drain().catch(onError);
  }

  /** Queues articles whose indexed words may have changed; those gone from the library leave the index. */
  function update(ids: Iterable<ArticleId>): void {
    for (const id of ids) {
      const fields = fieldsOf(id);
      const stale = fields ? index.signatureOf(id) !== fieldsSignature(fields) : index.signatureOf(id) !== undefined;
      if (stale && !pending.has(id)) {
        pending.add(id);
        total++;
      }
    }
    if (pending.size > 0) start();
  }

  return {
    update,

    /** At open: queues every article added or changed since it was indexed, and every one deleted. */
    reconcile(): void {
      const live = new Set<ArticleId>();
      for (const article of articles.all()) live.add(article.id);
      update([...live, ...[...index.indexedIds()].filter((id) => !live.has(id))]);
      tidying.soon();
    },

    progress: (): IndexingProgress => (running === undefined ? null : { done, total }),

    /** Resolves once nothing is left to index. */
    async idle(): Promise<void> {
      while (running) await running;
    },

    /** Drops what is still queued (the next open finds it again) and waits for the batch being written. */
    async stop(): Promise<void> {
      total -= pending.size;
      pending.clear();
      await running;
      tidying.stop();
    },
  };
}
export type Indexer = ReturnType<typeof createIndexer>;
