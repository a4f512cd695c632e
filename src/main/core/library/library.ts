import type { Article, ArticleContent, ArticleId, ArticleStatePatch } from '../../../shared/model/article';
import type { ArticlePage, ResolvedArticleQuery } from '../../../shared/model/articleQuery';
import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import type { TagChange, TagColor, TagEdit, TagNode } from '../../../shared/model/tag';
import type { ArticlesChanged } from '../../../shared/ipc/contract';
import type { ContentDraft } from '../articles/contentDraft';
import type { NewArticleContent } from '../articles/contentStore';
import type { SiteCount } from '../articles/countSites';
import type { DuplicateQuery } from '../articles/duplicateIndex';

/** What an open library offers the rest of the app (handlers, harness, CLI). Plain Node, no Electron. */
export interface Library {
  /** The library folder. */
  readonly dir: string;
  readonly schemaVersion: number;
  /** Repairs made while opening (damaged files moved aside, backups restored), for the UI to show. */
  readonly notices: readonly LibraryNotice[];
  readonly articles: ArticleRepository;
  readonly settings: SettingsRepository;
  readonly tags: TagRepository;
  on<E extends keyof LibraryEvents>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
  /** Waits for pending writes, releases the lock. */
  close(): Promise<void>;
}

export interface LibraryEvents {
  articlesChanged: ArticlesChanged;
  settingsChanged: Settings;
  /** The tags themselves changed (made, renamed, merged, coloured or deleted): the tree is worth reloading. */
  tagsChanged: null;
  notice: LibraryNotice;
}

export interface ArticleRepository {
  count(): number;
  list(query: ResolvedArticleQuery): ArticlePage;
  get(id: ArticleId): Article | undefined;
  /** Every article, the Trash included, in no particular order. */
  all(): Iterable<Article>;
  /** The stored body; throws AppError('not-found') for an unknown id. */
  content(id: ArticleId): Promise<ArticleContent>;
  /** The article already in the library that a new capture would repeat (same address or same text), if any. */
  findDuplicate(query: DuplicateQuery): ArticleId | undefined;
  /** Starts a new article's content folder, to store images into while capturing; `add` commits it. */
  draft(id: ArticleId): Promise<ContentDraft>;
  /**
   * Stores a new article's content folder (moved into place whole), then its record. Resolves once both
   * are durable. A refused article's draft is discarded.
   */
  add(article: Article, content: NewArticleContent): Promise<void>;
  /** Applies one patch to many articles; resolves with how many changed, once durable. */
  setState(ids: readonly ArticleId[], patch: ArticleStatePatch): Promise<number>;
  /**
   * Gives each article named exactly the tags listed for it (names already checked by the caller), saving
   * only the shards of the articles whose tags differ; resolves with how many changed, once durable.
   */
  setTags(tags: ReadonlyMap<ArticleId, readonly string[]>): Promise<number>;
  /** Moves articles to the Trash, from any view; resolves with how many moved, once durable. */
  trash(ids: readonly ArticleId[]): Promise<number>;
  /** Takes articles out of the Trash, back to the views they were in. */
  restore(ids: readonly ArticleId[]): Promise<number>;
  /** Deletes every article in the Trash from the disk, records and content folders; resolves with how many. */
  emptyTrash(): Promise<number>;
  /** The sites of the articles outside the Trash, with their counts, alphabetically. */
  sites(): SiteCount[];
}

/** The library's tags; each change is one undoable action (see TagChange). */
export interface TagRepository {
  /** Every tag as a tree by name, with counts of the articles outside the Trash. */
  tree(): TagNode[];
  /** Adds and removes tags on articles; an unknown name makes a new tag, a known one keeps its spelling. */
  apply(ids: readonly ArticleId[], edit: TagEdit): Promise<TagChange>;
  /** Renames a tag and its branch; a name in use (other than by this tag) is refused: that is a merge. */
  rename(name: string, newName: string): Promise<TagChange>;
  /** Moves every article (and child tag) of `from` to `into`; an article carrying both keeps one copy. */
  merge(from: string, into: string): Promise<TagChange>;
  setColor(name: string, color: TagColor | null): Promise<TagChange>;
  /** Takes the tag off every article and out of the library; its children stay. */
  delete(name: string): Promise<TagChange>;
  /** Puts back what one change did; resolves with how many articles it restored. */
  undo(token: string): Promise<number>;
}

export interface SettingsRepository {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
}
