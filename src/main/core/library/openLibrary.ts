import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import type { Settings } from '../../../shared/model/settings';
import { createAnnotationRepository } from '../annotations/annotationRepository';
import { createArticleRepository } from '../articles/articleRepository';
import { createContentStore } from '../articles/contentStore';
import { removeStaleTempFiles } from '../fs/tempFiles';
import { createSavedSearchRepository } from '../savedSearches/savedSearchRepository';
import { openSearchService } from '../search/searchService';
import { createSettingsRepository } from '../settings/settingsRepository';
import { createTagRepository } from '../tags/tagRepository';
import { isBackupDue, msUntilDue } from '../store/backupStamps';
import type { Migration } from '../store/migrations';
import { scheduleBackups } from '../store/backupSchedule';
import { takeBackup } from '../store/takeBackup';
import { createEmitter } from './emitter';
import type { Library, LibraryEvents } from './library';
import { libraryLayout, type LibraryLayout } from './libraryLayout';
import { acquireLibraryLock } from './libraryLock';
import { loadLibraryRecords, RECORD_FILES, settleLibraryRecords } from './libraryRecords';
import { LIBRARY_FORMAT } from './manifest';
import { MIGRATIONS, SCHEMA_VERSION } from './schemaVersion';

export interface OpenLibraryOptions {
  dir: string;
  /** Named in the message another process gets while this one holds the library. */
  appName?: string;
  clock?: () => Date;
  randomId?: () => string;
  /** The format steps to apply (default: the app's registry); tests bring their own. */
  migrations?: readonly Migration[];
}

/** A backup is taken at open when the newest is older than the interval set, and again this often while the library is open. */
const backupIntervalMs = (settings: Settings) => settings.backupEveryHours * 60 * 60 * 1000;

/**
 * Opens (or creates) the library in `dir` for this process: takes the lock, reads and checks every
 * record file, repairs or migrates what needs it, and starts a backup in the background when one is due.
 */
export async function openLibrary(options: OpenLibraryOptions): Promise<Library> {
  const { appName = 'News Archive', clock = () => new Date(), randomId = randomUUID, migrations = MIGRATIONS } = options;
  const layout = libraryLayout(resolve(options.dir));
  await mkdir(layout.dir, { recursive: true });
  const lock = await acquireLibraryLock({ dir: layout.dir, lockFile: layout.lockFile, appName, now: clock(), token: randomId() });
  try {
    return await openLocked(layout, { clock, randomId, migrations }, lock.release);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

interface Dependencies {
  clock: () => Date;
  randomId: () => string;
  migrations: readonly Migration[];
}

async function openLocked(layout: LibraryLayout, { clock, randomId, migrations }: Dependencies, releaseLock: () => Promise<void>): Promise<Library> {
  const codec = { migrations, target: SCHEMA_VERSION };
  const at = clock();
  const newManifest = () => ({ format: LIBRARY_FORMAT, schemaVersion: SCHEMA_VERSION, id: randomId(), createdAt: at.toISOString() }) as const;
  const records = await loadLibraryRecords(layout, codec, newManifest);

  // Past this point the library is ours to write: clear what crashed writes left, then settle the files.
  await Promise.all([layout.dir, layout.recordsDir, layout.articlesDir, layout.annotationsDir, layout.backupsDir, layout.stagingDir].map(removeStaleTempFiles));
  await Promise.all([layout.articlesDir, layout.annotationsDir].map((folder) => mkdir(folder, { recursive: true })));
  const backupDue = await isBackupDue(layout.backupsDir, at, backupIntervalMs(records.settings.db.data.settings));
  const notices: LibraryNotice[] = await settleLibraryRecords(records, { layout, codec, at, noticeId: randomId });

  const events = createEmitter<LibraryEvents>();
  const addNotice = (notice: LibraryNotice) => {
    notices.push(notice);
    events.emit('notice', notice);
  };
  // Backups copy every record file behind the app's work, as often and as many as the settings say
  // (a change applies at once); close() waits for one under way.
  const backups = scheduleBackups({
    dueNow: backupDue,
    intervalMs: backupIntervalMs(records.settings.db.data.settings),
    dueIn: (intervalMs) => msUntilDue(layout.backupsDir, clock(), intervalMs),
    backup: () => takeBackup({ root: layout.dir, backupsDir: layout.backupsDir, rels: RECORD_FILES, at: clock(), keep: records.settings.db.data.settings.backupsKept }),
    onFailure: (error) => addNotice(warning(`The library's backup could not be made (${errorCode(error)}). Your articles are unchanged; the next backup tries again.`)),
  });
  const warning = (message: string): LibraryNotice => ({ id: randomId(), level: 'warning', message, path: null, at: clock().toISOString() });
  const forgetFailed = (error: unknown) =>
    warning(`The highlights and notes of the articles just deleted could not be removed from the disk (${errorCode(error)}). They are no longer shown.`);

  events.on('settingsChanged', (next) => void backups.setInterval(backupIntervalMs(next)));

  const content = createContentStore(layout.contentDir, layout.stagingDir);
  await content.finishRemoval((id) => records.shards.some((file) => id in file.db.data.articles));
  const articles = createArticleRepository({
    shards: records.shards.map((file) => file.db),
    content,
    clock,
    emit: (changed) => events.emit('articlesChanged', changed),
  });
  const settings = createSettingsRepository(records.settings.db, (next) => events.emit('settingsChanged', next));
  const tags = createTagRepository({ articles, db: records.tags.db, randomId, emit: () => events.emit('tagsChanged', null) });
  const annotations = createAnnotationRepository({
    shards: records.annotations.map((file) => file.db),
    articles,
    clock,
    randomId,
    emit: (articleIds) => events.emit('annotationsChanged', { articleIds }),
  });
  // Articles deleted by Empty Trash take their annotations with them, before emptying resolves. Left over
  // after a crash, annotations of a missing article are merely unseen: none is ever deleted on a guess.
  let forgetting = Promise.resolve();
  events.on('articlesChanged', ({ ids, reason }) => {
    if (reason === 'removed') forgetting = annotations.forget(ids).catch((error: unknown) => addNotice(forgetFailed(error)));
  });
  const emptyTrash = async () => {
    const removed = await articles.emptyTrash();
    await forgetting;
    return removed;
  };
  const savedSearches = createSavedSearchRepository({ db: records.savedSearches.db, clock, randomId, emit: () => events.emit('savedSearchesChanged', null) });
  const search = await openSearchService({
    file: layout.searchIndexFile,
    articles,
    annotations,
    savedSearches,
    on: events.on,
    onError: (error) => addNotice(warning(`The search index could not be updated (${errorCode(error)}). Search may miss recent changes until the library is opened again.`)),
  });
  const adapters = [records.manifest, records.settings, records.tags, records.savedSearches, ...records.shards, ...records.annotations].map((file) => file.adapter);

  return {
    dir: layout.dir,
    schemaVersion: SCHEMA_VERSION,
    notices,
    articles: { ...articles, emptyTrash },
    settings,
    tags,
    annotations,
    search,
    on: events.on,
    idle: () => Promise.all(adapters.map((adapter) => adapter.idle())).then(() => undefined),
    async close() {
      await Promise.all([backups.stop(), search.close(), ...adapters.map((adapter) => adapter.idle())]);
      await releaseLock();
    },
  };
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unexpected error';
