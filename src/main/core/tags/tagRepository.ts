import type { Low } from 'lowdb';
import { AppError } from '../../../shared/ipc/result';
import type { ArticleId } from '../../../shared/model/article';
import { inBranch, normalizeTags, tagKey, TagNameSchema, TAG_SEPARATOR, type Tag, type TagChange } from '../../../shared/model/tag';
import type { ArticleRepository, TagRepository } from '../library/library';
import { persist } from '../store/persist';
import { buildTagTree, tagSpellings } from './tagTree';
import type { TagsFile } from './tagsFile';
import { createUndoHistory } from './undoHistory';

/** How many tag actions can be undone (in memory, for this session). */
export const UNDO_LIMIT = 50;
const MAX_TAGS_PER_ARTICLE = 500;

export interface TagRepositoryDeps {
  articles: ArticleRepository;
  /** records/tags.json */
  db: Low<TagsFile>;
  randomId: () => string;
  emit: () => void;
}

/** What undoing one action restores: the tags its articles had, and the registry entries it changed. */
interface UndoEntry {
  articles: Map<ArticleId, readonly string[]>;
  keys: Set<string>;
  entries: Tag[];
}

/**
 * Tags live on the articles, by name; records/tags.json adds colours and tags no article carries yet.
 * Renaming, merging or deleting a tag scans the in-memory index and writes only the shards of the
 * articles that carry it.
 */
export function createTagRepository({ articles, db, randomId, emit }: TagRepositoryDeps): TagRepository {
  const history = createUndoHistory<UndoEntry>(UNDO_LIMIT, randomId);
  const spellings = () => tagSpellings(articles.all(), db.data.tags);

  /** The display name of an existing tag (or parent of one), else 'not-found'. */
  function existing(name: string): string {
    const names = spellings();
    const isInBranch = inBranch(name);
    if (![...names.keys()].some(isInBranch)) throw new AppError('not-found', `There is no tag named "${name}".`);
    return names.get(tagKey(name)) ?? name;
  }

  /** Saves new tags for some articles and a new registry as one undoable action. */
  async function commit(next: Map<ArticleId, readonly string[]>, registry: Tag[]): Promise<TagChange> {
    const previous = new Map<ArticleId, readonly string[]>();
    for (const id of next.keys()) {
      const tags = articles.get(id)?.tags;
      if (tags) previous.set(id, tags);
    }
    const keys = changedKeys(db.data.tags, registry);
    const entries = db.data.tags.filter((tag) => keys.has(tagKey(tag.name)));
    db.data.tags = registry;
    const [updated] = await Promise.all([articles.setTags(next), keys.size > 0 ? persist([db]) : undefined]);
    emit();
    return { updated, undo: history.push({ articles: previous, keys, entries }) };
  }

  /** Moves a tag's branch under a new name; articles (and registry entries) left with two copies keep one. */
  function moveBranch(source: string, target: string): Promise<TagChange> {
    const isInSource = inBranch(source);
    const depth = source.split(TAG_SEPARATOR).length;
    const move = (name: string) => (isInSource(name) ? [target, ...name.split(TAG_SEPARATOR).slice(depth)].join(TAG_SEPARATOR) : name);
    const next = new Map<ArticleId, readonly string[]>();
    for (const article of articles.all()) if (article.tags.some(isInSource)) next.set(article.id, normalizeTags(article.tags.map(move)));
    const staying = db.data.tags.filter((tag) => !isInSource(tag.name));
    const taken = new Set(staying.map((tag) => tagKey(tag.name)));
    const moved = db.data.tags.filter((tag) => isInSource(tag.name)).map((tag) => ({ ...tag, name: move(tag.name) }));
    return commit(next, [...staying, ...moved.filter((tag) => !taken.has(tagKey(tag.name)))]);
  }

  return {
    tree: () => buildTagTree([...articles.all()], db.data.tags),

    async apply(ids, edit) {
      const [add, remove] = [edit.add.map(checkedName), edit.remove.map(checkedName)];
      const names = spellings();
      const adding = normalizeTags(add.map((name) => names.get(tagKey(name)) ?? name));
      const removing = new Set(remove.map(tagKey));
      const next = new Map<ArticleId, readonly string[]>();
      for (const id of ids) {
        const article = articles.get(id);
        if (!article) continue;
        const tags = normalizeTags([...article.tags.filter((name) => !removing.has(tagKey(name))), ...adding]);
        if (tags.length > MAX_TAGS_PER_ARTICLE) throw new AppError('invalid-input', `An article can carry at most ${MAX_TAGS_PER_ARTICLE} tags.`);
        next.set(id, tags);
      }
      const made = adding.filter((name) => !names.has(tagKey(name))).map((name) => ({ name, color: null }));
      return commit(next, [...db.data.tags, ...made]);
    },

    async rename(name, newName) {
      const source = existing(checkedName(name));
      const target = checkedName(newName);
      if (tagKey(source) !== tagKey(target)) {
        const isInSource = inBranch(source);
        const clash = [...spellings().values()].find((other) => !isInSource(other) && inBranch(target)(other));
        if (clash) throw new AppError('invalid-input', `A tag named "${clash}" already exists. Merge "${source}" into "${target}" instead.`);
      }
      return moveBranch(source, target);
    },

    async merge(from, into) {
      const source = existing(checkedName(from));
      const target = existing(checkedName(into));
      if (inBranch(source)(target)) throw new AppError('invalid-input', `"${target}" is "${source}" or one of its children: a tag cannot be merged into its own branch.`);
      return moveBranch(source, target);
    },

    async setColor(name, color) {
      const tag = existing(checkedName(name));
      const others = db.data.tags.filter((entry) => tagKey(entry.name) !== tagKey(tag));
      return commit(new Map(), [...others, { name: tag, color }]);
    },

    async delete(name) {
      const tag = tagKey(existing(checkedName(name)));
      const next = new Map<ArticleId, readonly string[]>();
      for (const article of articles.all()) {
        if (article.tags.some((other) => tagKey(other) === tag)) next.set(article.id, article.tags.filter((other) => tagKey(other) !== tag));
      }
      return commit(next, db.data.tags.filter((entry) => tagKey(entry.name) !== tag));
    },

    async undo(token) {
      const entry = history.take(token);
      if (!entry) throw new AppError('not-found', 'That change can no longer be undone.');
      db.data.tags = [...db.data.tags.filter((tag) => !entry.keys.has(tagKey(tag.name))), ...entry.entries];
      const [updated] = await Promise.all([articles.setTags(entry.articles), entry.keys.size > 0 ? persist([db]) : undefined]);
      emit();
      return updated;
    },
  };
}

function checkedName(name: string): string {
  const parsed = TagNameSchema.safeParse(name);
  if (!parsed.success) throw new AppError('invalid-input', `"${name.trim()}" cannot be a tag name. ${parsed.error.issues[0]?.message ?? ''}`.trim());
  return parsed.data;
}

/** The keys whose registry entry differs between two versions of the registry (added, removed or changed). */
function changedKeys(before: readonly Tag[], after: readonly Tag[]): Set<string> {
  const describe = (tags: readonly Tag[]) => new Map(tags.map((tag) => [tagKey(tag.name), JSON.stringify(tag)]));
  const [was, is] = [describe(before), describe(after)];
  return new Set([...was.keys(), ...is.keys()].filter((key) => was.get(key) !== is.get(key)));
}
