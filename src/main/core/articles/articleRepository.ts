import type { Low } from 'lowdb';
import type { ArticlesChanged } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { ArticleSchema, ArticleStatePatchSchema, type Article, type ArticleId, type ArticleStatePatch } from '../../../shared/model/article';
import type { ArticleRepository } from '../library/library';
import { persist } from '../store/persist';
import { shardOf, type ArticleShard } from './articleShard';
import type { ContentStore } from './contentStore';
import { createDuplicateIndex } from './duplicateIndex';
import { listArticles, type MatchCounts } from './listArticles';
import { countSites } from './countSites';
import { createSortedOrders } from './sortedOrders';

/** Content folders written side by side by `addMany`. */
const FOLDERS_AT_ONCE = 16;

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
  const counts: MatchCounts = new Map();
  const duplicates = createDuplicateIndex(() => index.values());
  const known = (id: ArticleId) => {
    if (!index.has(id)) throw new AppError('not-found', 'That article is not in the library.');
    return id;
  };
  const shardFor = (id: ArticleId) => shards[shardOf(id, shards.length)] as Low<ArticleShard>;
  /** Files a new article in its shard and the indexes; answers the shard to save (the sorted orders are the caller's). */
  const file = (article: Article) => {
    const shard = shardFor(article.id);
    shard.data.articles[article.id] = article;
    index.set(article.id, article);
    duplicates.add(article);
    return shard;
  };

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
    counts.clear();
    await persist(touched);
    emit({ ids: changed, reason: 'updated' });
    return changed.length;
  }

  return {
    count: () => index.size,
    list: (query) => listArticles(query, index, orders, counts),
    get: (id) => index.get(id),
    all: () => index.values(),
    sites: () => countSites(index.values()),
    findDuplicate: (query) => duplicates.find(query),
    draft: (id) => content.draft(id),

    content: async (id) => content.read(known(id)),
    text: (id) => content.readText(known(id)),

    async add(candidate, body) {
      const parsed = ArticleSchema.safeParse(candidate);
      if (!parsed.success || index.has(parsed.data.id)) {
        await body.draft?.discard();
        throw new AppError('invalid-input', parsed.success ? 'That article is already in the library.' : 'That article is not valid.');
      }
      const article = parsed.data;
      await content.write(article.id, body); // the body first: a record never points at missing content
      const shard = file(article);
      orders.insert(article);
      counts.clear();
      await persist([shard]);
      emit({ ids: [article.id], reason: 'created' });
    },

    async addMany(entries) {
      const articles = entries.map(({ article }) => ArticleSchema.safeParse(article));
      const ids = new Set<ArticleId>();
      for (const parsed of articles) {
        if (!parsed.success || index.has(parsed.data.id) || ids.has(parsed.data.id)) throw new AppError('invalid-input', 'An imported article is not valid or already in the library.');
        ids.add(parsed.data.id);
      }
      // A few folders at a time: each write waits on the disk (fsync), not the CPU.
      for (let start = 0; start < entries.length; start += FOLDERS_AT_ONCE) {
        await Promise.all(entries.slice(start, start + FOLDERS_AT_ONCE).map(({ article, content: body }) => content.write(article.id, body)));
      }
      const touched = new Set<Low<ArticleShard>>();
      for (const parsed of articles) touched.add(file(parsed.data as Article));
      orders.invalidate();
      counts.clear();
      await persist(touched);
      emit({ ids: [...ids], reason: 'created' });
    },

    async replace(candidate, body) {
      const parsed = ArticleSchema.safeParse(candidate);
      if (!parsed.success || !index.has(parsed.data.id)) {
        await body.draft?.discard();
        throw new AppError(parsed.success ? 'not-found' : 'invalid-input', parsed.success ? 'That article is not in the library.' : 'That article is not valid.');
      }
      const article = parsed.data;
      await content.write(article.id, body);
      const shard = shardFor(article.id);
      shard.data.articles[article.id] = article;
      index.set(article.id, article);
      duplicates.add(article);
      orders.invalidate();
      counts.clear();
      await persist([shard]);
      emit({ ids: [article.id], reason: 'updated' });
    },

    async setState(ids, candidate) {
      const parsed = ArticleStatePatchSchema.safeParse(candidate);
      if (!parsed.success) throw new AppError('invalid-input', 'That change is not valid.');
      // Only what was parsed, and no key left undefined (IPC keeps them): a record is never saved with a hole.
      const patch = definedOnly(parsed.data);
      return update(ids, (article, updatedAt) => (differs(article, patch) ? { ...article, ...patch, updatedAt } : undefined));
    },

    setTags(tags) {
      return update([...tags.keys()], (article, updatedAt) => {
        const next = tags.get(article.id) as readonly string[];
        return sameList(article.tags, next) ? undefined : { ...article, tags: [...next], updatedAt };
      });
    },

    trash: (ids) => update(ids, (article, updatedAt) => (article.trashedAt === null ? { ...article, trashedAt: updatedAt, updatedAt } : undefined)),

    restore: (ids) => update(ids, (article, updatedAt) => (article.trashedAt !== null ? { ...article, trashedAt: null, updatedAt } : undefined)),

    async emptyTrash() {
      const isTrashed = (id: ArticleId) => (index.get(id)?.trashedAt ?? null) !== null;
      const trashed = [...index.keys()].filter(isTrashed);
      if (trashed.length === 0) return 0;
      const removed = await content.remove(trashed, async () => {
        // Decided again now, after the journal was written: an article restored (or removed by another
        // emptying) meanwhile is not this emptying's to delete.
        const still = trashed.filter(isTrashed);
        const touched = new Set<Low<ArticleShard>>();
        for (const id of still) {
          const shard = shardFor(id);
          delete shard.data.articles[id];
          index.delete(id);
          touched.add(shard);
        }
        orders.invalidate();
        counts.clear();
        duplicates.reset();
        await persist(touched);
        return still;
      });
      if (removed.length > 0) emit({ ids: [...removed], reason: 'removed' });
      return removed.length;
    },
  };
}

function definedOnly(patch: ArticleStatePatch): ArticleStatePatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

function differs(article: Article, patch: ArticleStatePatch): boolean {
  return (Object.keys(patch) as (keyof ArticleStatePatch)[]).some((key) => article[key] !== patch[key]);
}
