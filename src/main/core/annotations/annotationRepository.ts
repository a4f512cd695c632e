import type { Low } from 'lowdb';
import { AppError } from '../../../shared/ipc/result';
import type { ArticleId } from '../../../shared/model/article';
import { HighlightPatchSchema, HighlightSchema, NewHighlightSchema, type Highlight, type HighlightId } from '../../../shared/model/annotation';
import { shardOf } from '../articles/articleShard';
import type { AnnotationRepository, ArticleRepository } from '../library/library';
import { persist } from '../store/persist';
import type { AnnotationShard } from './annotationShard';
import { exportAnnotations } from './export/exportAnnotations';
import { listHighlights } from './listHighlights';
import { createNewestFirst } from './newestFirst';

export interface AnnotationRepositoryDeps {
  /** The annotation shard databases, indexed by shard number (the same numbers as the article shards). */
  shards: readonly Low<AnnotationShard>[];
  articles: Pick<ArticleRepository, 'get' | 'all'>;
  clock: () => Date;
  randomId: () => string;
  emit: (articleIds: ArticleId[]) => void;
}

/** The repository, and what the library calls when articles leave the disk (Empty Trash). */
export interface AnnotationStore extends AnnotationRepository {
  /** Deletes every annotation of these articles. */
  forget(articleIds: readonly ArticleId[]): Promise<void>;
}

const byCreation = (a: Highlight, b: Highlight) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Annotations over sharded record files, with an in-memory index (by id, by article, newest first) so the
 * Highlights view and the list's counts never scan the files. A change updates memory at once, then writes
 * the one shard of its article, and reports once that is durable.
 */
export function createAnnotationRepository({ shards, articles, clock, randomId, emit }: AnnotationRepositoryDeps): AnnotationStore {
  const byId = new Map<HighlightId, Highlight>();
  const byArticle = new Map<ArticleId, Set<HighlightId>>();
  for (const shard of shards) for (const highlight of Object.values(shard.data.highlights)) index(highlight);
  const newest = createNewestFirst(() => byId.values());
  const shardFor = (articleId: ArticleId) => shards[shardOf(articleId, shards.length)] as Low<AnnotationShard>;

  function index(highlight: Highlight): void {
    byId.set(highlight.id, highlight);
    const ids = byArticle.get(highlight.articleId) ?? new Set();
    byArticle.set(highlight.articleId, ids.add(highlight.id));
  }

  function unindex(highlight: Highlight): void {
    byId.delete(highlight.id);
    const ids = byArticle.get(highlight.articleId);
    ids?.delete(highlight.id);
    if (ids?.size === 0) byArticle.delete(highlight.articleId);
  }

  /** Stores a highlight (new or changed) in memory and its shard, and saves the shard. */
  async function save(highlight: Highlight, previous?: Highlight): Promise<Highlight> {
    if (previous) newest.remove(previous);
    shardFor(highlight.articleId).data.highlights[highlight.id] = highlight;
    index(highlight);
    newest.insert(highlight);
    await commit(highlight.articleId);
    return highlight;
  }

  async function commit(articleId: ArticleId): Promise<void> {
    await persist([shardFor(articleId)]);
    emit([articleId]);
  }

  function existingArticle(articleId: ArticleId, doing: string) {
    const article = articles.get(articleId);
    if (!article) throw new AppError('not-found', `That article is not in the library (any more), so ${doing}.`);
    return article;
  }

  function existingHighlight(id: HighlightId): Highlight {
    const highlight = byId.get(id);
    if (!highlight) throw new AppError('not-found', 'That highlight is not in the library (any more).');
    return highlight;
  }

  const highlightsOf = (articleId: ArticleId) => [...(byArticle.get(articleId) ?? [])].map((id) => byId.get(id) as Highlight).sort(byCreation);
  const noteOf = (articleId: ArticleId) => shardFor(articleId).data.notes[articleId] ?? null;

  return {
    forArticle(articleId) {
      existingArticle(articleId, 'it has no annotations to show');
      return { articleId, highlights: highlightsOf(articleId), note: noteOf(articleId) };
    },

    async addHighlight(input) {
      const parsed = NewHighlightSchema.safeParse(input);
      if (!parsed.success) throw new AppError('invalid-input', 'That highlight is not valid.');
      existingArticle(parsed.data.articleId, 'it cannot be highlighted');
      const at = clock().toISOString();
      return save({ id: randomId(), ...parsed.data, createdAt: at, modifiedAt: at });
    },

    async updateHighlight(id, candidate) {
      const parsed = HighlightPatchSchema.safeParse(candidate);
      if (!parsed.success) throw new AppError('invalid-input', 'That change to a highlight is not valid.');
      const previous = existingHighlight(id);
      // Only what was parsed, and no key left undefined: a record is never saved with a hole.
      const patch = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      return save({ ...previous, ...patch, modifiedAt: clock().toISOString() }, previous);
    },

    async deleteHighlight(id) {
      const highlight = existingHighlight(id);
      delete shardFor(highlight.articleId).data.highlights[id];
      unindex(highlight);
      newest.remove(highlight);
      await commit(highlight.articleId);
      return highlight;
    },

    async restoreHighlight(candidate) {
      const parsed = HighlightSchema.safeParse(candidate);
      if (!parsed.success) throw new AppError('invalid-input', 'That highlight is not valid.');
      const present = byId.get(parsed.data.id);
      if (present) return present;
      existingArticle(parsed.data.articleId, 'its highlight cannot be put back');
      return save(parsed.data);
    },

    async setNote(articleId, text) {
      existingArticle(articleId, 'it cannot take a note');
      const shard = shardFor(articleId);
      const note = text.trim() === '' ? null : { articleId, text, modifiedAt: clock().toISOString() };
      if (note) shard.data.notes[articleId] = note;
      else if (shard.data.notes[articleId]) delete shard.data.notes[articleId];
      else return null; // no note, and none asked for: nothing to save
      await commit(articleId);
      return note;
    },

    list: (query) => listHighlights(query, newest, articles.get),

    countsFor(articleIds) {
      const counts: Record<ArticleId, number> = {};
      for (const id of articleIds) {
        const count = byArticle.get(id)?.size ?? 0;
        if (count > 0) counts[id] = count;
      }
      return counts;
    },

    export({ articleId, format }) {
      const chosen = articleId === undefined ? annotatedArticles() : [existingArticle(articleId, 'it has no annotations to export')];
      const annotated = chosen.map((article) => ({ article, note: noteOf(article.id), highlights: highlightsOf(article.id) }));
      return exportAnnotations(annotated, format, clock(), articleId === undefined ? 'library' : 'article');
    },

    async forget(articleIds) {
      const touched = new Set<Low<AnnotationShard>>();
      const forgotten: ArticleId[] = [];
      for (const articleId of articleIds) {
        const shard = shardFor(articleId);
        const highlights = highlightsOf(articleId);
        if (highlights.length === 0 && !shard.data.notes[articleId]) continue;
        for (const highlight of highlights) {
          delete shard.data.highlights[highlight.id];
          unindex(highlight);
          newest.remove(highlight);
        }
        delete shard.data.notes[articleId];
        touched.add(shard);
        forgotten.push(articleId);
      }
      if (forgotten.length === 0) return;
      await persist(touched);
      emit(forgotten);
    },
  };

  /** The articles outside the Trash with highlights or a note. */
  function annotatedArticles() {
    return [...articles.all()].filter((article) => article.trashedAt === null && (byArticle.has(article.id) || noteOf(article.id) !== null));
  }
}
