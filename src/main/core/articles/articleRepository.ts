import type { Low } from 'lowdb';
import type { ArticlesChanged } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { ArticleSchema, ArticleStatePatchSchema, type Article, type ArticleId, type ArticleStatePatch } from '../../../shared/model/article';
import type { ArticleRepository } from '../library/library';
import { persist } from '../store/persist';
import { shardOf, type ArticleShard } from './articleShard';
import type { ContentStore } from './contentStore';
import { createDuplicateIndex } from './duplicateIndex';
import { listArticles } from './listArticles';
import { countSites } from './countSites';
import { createSortedOrders } from './sortedOrders';

export interface ArticleRepositoryDeps {
  /** The shard databases, indexed by shard number. */
  shards: readonly Low<ArticleShard>[];
  content: ContentStore;
  clock: () => Date;
  emit: (changed: ArticlesChanged) => void;
}

/**
 * Articles over sharded record files. Reads come from an in-memory index of every record; a mutation
 * changes memory at once, then writes only the shards it touched, and reports once they are durable.
 */
export function createArticleRepository({ shards, content, clock, emit }: ArticleRepositoryDeps): ArticleRepository {
  const index = new Map<ArticleId, Article>();
  for (const shard of shards) for (const article of Object.values(shard.data.articles)) index.set(article.id, article);
  const orders = createSortedOrders(index);
  const duplicates = createDuplicateIndex(() => index.values());
  const shardFor = (id: ArticleId) => shards[shardOf(id, shards.length)] as Low<ArticleShard>;

  /** Applies `change` to each article (undefined: leave it be), saves the touched shards, reports the changed ids. */
  async function update(ids: readonly ArticleId[], change: (article: Article, updatedAt: string) => Article | undefined): Promise<number> {
    const updatedAt = clock().toISOString();
    const changed: ArticleId[] = [];
    const touched = new Set<Low<ArticleShard>>();
    for (const id of new Set(ids)) {
      const article = index.get(id);
      const next = article && change(article, updatedAt);
      if (!next) continue;
      const shard = shardFor(id);
      shard.data.articles[id] = next;
      index.set(id, next);
      touched.add(shard);
      changed.push(id);
    }
    if (changed.length === 0) return 0;
    await persist(touched);
    emit({ ids: changed, reason: 'updated' });
    return changed.length;
  }

  return {
    count: () => index.size,
    list: (query) => listArticles(query, index, orders),
    get: (id) => index.get(id),
    sites: () => countSites(index.values()),
    findDuplicate: (query) => duplicates.find(query),
    draft: (id) => content.draft(id),

    async content(id) {
      if (!index.has(id)) throw new AppError('not-found', 'That article is not in the library.');
      return content.read(id);
    },

    async add(candidate, body) {
      const parsed = ArticleSchema.safeParse(candidate);
      if (!parsed.success || index.has(parsed.data.id)) {
        await body.draft?.discard();
        throw new AppError('invalid-input', parsed.success ? 'That article is already in the library.' : 'That article is not valid.');
      }
      const article = parsed.data;
      await content.write(article.id, body); // the body first: a record never points at missing content
      const shard = shardFor(article.id);
      shard.data.articles[article.id] = article;
      index.set(article.id, article);
      duplicates.add(article);
      orders.invalidate();
      await persist([shard]);
      emit({ ids: [article.id], reason: 'created' });
    },

    async setState(ids, patch) {
      if (!ArticleStatePatchSchema.safeParse(patch).success) throw new AppError('invalid-input', 'That change is not valid.');
      return update(ids, (article, updatedAt) => (differs(article, patch) ? { ...article, ...patch, updatedAt } : undefined));
    },

    trash: (ids) => update(ids, (article, updatedAt) => (article.trashedAt === null ? { ...article, trashedAt: updatedAt, updatedAt } : undefined)),

    restore: (ids) => update(ids, (article, updatedAt) => (article.trashedAt !== null ? { ...article, trashedAt: null, updatedAt } : undefined)),

    async emptyTrash() {
      const trashed = [...index.values()].filter((article) => article.trashedAt !== null).map((article) => article.id);
      if (trashed.length === 0) return 0;
      await content.remove(trashed, async () => {
        const touched = new Set<Low<ArticleShard>>();
        for (const id of trashed) {
          const shard = shardFor(id);
          delete shard.data.articles[id];
          index.delete(id);
          touched.add(shard);
        }
        orders.invalidate();
        duplicates.reset();
        await persist(touched);
      });
      emit({ ids: trashed, reason: 'removed' });
      return trashed.length;
    },
  };
}

function differs(article: Article, patch: ArticleStatePatch): boolean {
  return (Object.keys(patch) as (keyof ArticleStatePatch)[]).some((key) => article[key] !== patch[key]);
}
