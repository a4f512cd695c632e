import type { Article, ArticleContent, ArticleId, ArticleStatePatch } from '../../../shared/model/article';
import type { ArticlePage, ResolvedArticleQuery } from '../../../shared/model/articleQuery';
import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import type { ArticlesChanged } from '../../../shared/ipc/contract';

/** What an open library offers the rest of the app (handlers, harness, CLI). Plain Node, no Electron. */
export interface Library {
  /** The library folder. */
  readonly dir: string;
  readonly schemaVersion: number;
  /** Repairs made while opening (damaged files moved aside, backups restored), for the UI to show. */
  readonly notices: readonly LibraryNotice[];
  readonly articles: ArticleRepository;
  readonly settings: SettingsRepository;
  on<E extends keyof LibraryEvents>(event: E, listener: (payload: LibraryEvents[E]) => void): () => void;
  /** Waits for pending writes, releases the lock. */
  close(): Promise<void>;
}

export interface LibraryEvents {
  articlesChanged: ArticlesChanged;
  settingsChanged: Settings;
  notice: LibraryNotice;
}

export interface ArticleRepository {
  count(): number;
  list(query: ResolvedArticleQuery): ArticlePage;
  get(id: ArticleId): Article | undefined;
  /** The stored body; throws AppError('not-found') for an unknown id. */
  content(id: ArticleId): Promise<ArticleContent>;
  /** Stores a new article's content files, then its record. Resolves once both are durable. */
  add(article: Article, content: { html: string; text: string }): Promise<void>;
  /** Applies one patch to many articles; resolves with how many changed, once durable. */
  setState(ids: readonly ArticleId[], patch: ArticleStatePatch): Promise<number>;
}

export interface SettingsRepository {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
}
