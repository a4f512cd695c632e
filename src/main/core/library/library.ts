import type {
  AnnotationExport,
  AnnotationExportFormat,
  ArticleAnnotations,
  ArticleNote,
  Highlight,
  HighlightId,
  HighlightPage,
  HighlightPatch,
  NewHighlight,
  ResolvedHighlightQuery,
} from '../../../shared/model/annotation';
import type { Article, ArticleContent, ArticleId, ArticleStatePatch } from '../../../shared/model/article';
import type { ArticlePage, ResolvedArticleQuery } from '../../../shared/model/articleQuery';
import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import type { NewSavedSearch, ResolvedSearchRequest, SavedSearch, SearchPage } from '../../../shared/model/search';
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
  readonly annotations: AnnotationRepository;
  readonly search: SearchService;
  on<E extends keyof LibraryEvents>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
  /** Resolves once no record write is running or queued: the files on disk hold every change made so far. */
  idle(): Promise<void>;
  /** Waits for pending writes, releases the lock. */
  close(): Promise<void>;
}

export interface LibraryEvents {
  articlesChanged: ArticlesChanged;
  settingsChanged: Settings;
  /** The tags themselves changed (made, renamed, merged, coloured or deleted): the tree is worth reloading. */
  tagsChanged: null;
  /** Highlights or notes of these articles changed (made, edited, deleted, or gone with their article). */
  annotationsChanged: { articleIds: ArticleId[] };
  notice: LibraryNotice;
  /** A search was saved or deleted: the sidebar's list is worth reloading. */
  savedSearchesChanged: null;
}

export interface ArticleRepository {
  count(): number;
  list(query: ResolvedArticleQuery): ArticlePage;
  get(id: ArticleId): Article | undefined;
  /** Every article, the Trash included, in no particular order. */
  all(): Iterable<Article>;
  /** The stored body; throws AppError('not-found') for an unknown id. */
  content(id: ArticleId): Promise<ArticleContent>;
  /** The stored body's plain text alone, read at once (see ContentStore.readText); throws AppError('not-found') for an unknown id. */
  text(id: ArticleId): string;
  /** The article already in the library that a new capture would repeat (same address or same text), if any. */
  findDuplicate(query: DuplicateQuery): ArticleId | undefined;
  /** Starts a new article's content folder, to store images into while capturing; `add` commits it. */
  draft(id: ArticleId): Promise<ContentDraft>;
  /**
   * Stores a new article's content folder (moved into place whole), then its record. Resolves once both
   * are durable. A refused article's draft is discarded.
   */
  add(article: Article, content: NewArticleContent): Promise<void>;
  /** Adds many new articles (an import) with one write of each touched shard; refused whole if any is invalid or present. */
  addMany(entries: readonly { article: Article; content: NewArticleContent }[]): Promise<void>;
  /** Gives an article already in the library a new record and body (a link-only import, now fetched). */
  replace(article: Article, content: NewArticleContent): Promise<void>;
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

/**
 * Highlights and article notes. Each change resolves once durable and reports the article it touched;
 * annotations of an article in the Trash stay (Restore brings them back) and go when the Trash is emptied.
 */
export interface AnnotationRepository {
  /** The article's highlights in the order they were made, and its note; 'not-found' for an unknown article. */
  forArticle(articleId: ArticleId): ArticleAnnotations;
  /** 'not-found' when the article is not in the library (an article in the Trash can be annotated). */
  addHighlight(highlight: NewHighlight): Promise<Highlight>;
  /** Changes the colour, note or target, and the modified date; 'not-found' for an unknown highlight. */
  updateHighlight(id: HighlightId, patch: HighlightPatch): Promise<Highlight>;
  /** Answers with the deleted highlight, for `restoreHighlight` to put back. */
  deleteHighlight(id: HighlightId): Promise<Highlight>;
  /**
   * Puts a deleted highlight back exactly as it was (Undo); refused when its article is gone. A highlight
   * with that id already in the library wins unchanged, so a repeated Undo changes nothing.
   */
  restoreHighlight(highlight: Highlight): Promise<Highlight>;
  /** Sets the article's note; a text that is empty once trimmed removes it (null). */
  setNote(articleId: ArticleId, text: string): Promise<ArticleNote | null>;
  /** Highlights of articles outside the Trash, newest first, filtered by colour, tag (with children) and site. */
  list(query: ResolvedHighlightQuery): HighlightPage;
  /** How many highlights each of these articles has, for those that have any. */
  countsFor(articleIds: readonly ArticleId[]): Record<ArticleId, number>;
  /** One article's annotations (or, without an id, every annotated article's) as a file's text. */
  export(request: { articleId?: ArticleId; format: AnnotationExportFormat }): AnnotationExport;
}

/** How far the index is from the records: null when up to date, else articles indexed out of those to index. */
export type IndexingProgress = { done: number; total: number } | null;

/**
 * Full-text search over every article's title, authors, site, tags, highlights, notes and body, with the
 * query syntax of src/shared/search, and the searches kept under a name.
 */
export interface SearchService {
  /** One page of results; AppError('invalid-query') with a message saying what to change when the query does not parse. */
  query(request: ResolvedSearchRequest): Promise<SearchPage>;
  /** While the index catches up with the records (at first open, or after changes made while closed), results are partial. */
  indexing(): IndexingProgress;
  /** The saved searches, by name. */
  saved(): SavedSearch[];
  /** Keeps a search under a name; a name already in use (whatever its case) is refused with 'invalid-input'. */
  save(search: NewSavedSearch): Promise<SavedSearch>;
  /** 'not-found' for an unknown id. */
  deleteSaved(id: string): Promise<void>;
}
