import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import { annotationShardKind, type AnnotationShard } from '../annotations/annotationShard';
import { articleShardKind, type ArticleShard } from '../articles/articleShard';
import { savedSearchesKind, type SavedSearchesFile } from '../savedSearches/savedSearchesFile';
import { settingsKind, type SettingsFile } from '../settings/settingsFile';
import { tagsKind, type TagsFile } from '../tags/tagsFile';
import { loadRecordFile, type RecordFile } from '../store/loadRecordFile';
import type { RecordCodec, Versioned } from '../store/recordKind';
import { repairRecordFile } from '../store/repairRecordFile';
import { takeBackup } from '../store/takeBackup';
import { annotationShardFile, ARTICLE_SHARDS, articleShardFile, MANIFEST_FILE, SAVED_SEARCHES_FILE, SETTINGS_FILE, TAGS_FILE, IMPORT_QUEUE_FILE, type LibraryLayout } from './libraryLayout';
import { manifestKind, type Manifest } from './manifest';
import { repairNotice } from './repairNotice';

export interface LibraryRecords {
  manifest: RecordFile<Manifest>;
  settings: RecordFile<SettingsFile>;
  tags: RecordFile<TagsFile>;
  savedSearches: RecordFile<SavedSearchesFile>;
  shards: RecordFile<ArticleShard>[];
  /** Absent files (every library made before annotations) read as empty shards and stay unwritten until used. */
  annotations: RecordFile<AnnotationShard>[];
}

const eachShard = <T>(make: (shard: number) => T): T[] => Array.from({ length: ARTICLE_SHARDS }, (_, shard) => make(shard));

/** Every record file's path, relative to the library folder: what a backup copies. */
export const RECORD_FILES = [MANIFEST_FILE, SETTINGS_FILE, TAGS_FILE, SAVED_SEARCHES_FILE, IMPORT_QUEUE_FILE, ...eachShard(articleShardFile), ...eachShard(annotationShardFile)];

/** Reads every record file, writing nothing: a newer file anywhere refuses the whole library first. */
export async function loadLibraryRecords(layout: LibraryLayout, codec: RecordCodec, newManifest: () => Manifest): Promise<LibraryRecords> {
  const shardKind = articleShardKind(codec.target, layout.contentDir);
  const annotationKind = annotationShardKind(codec.target, layout.contentDir);
  const [manifest, settings, tags, savedSearches, shards, annotations] = await Promise.all([
    loadRecordFile(layout.dir, MANIFEST_FILE, manifestKind(newManifest), codec),
    loadRecordFile(layout.dir, SETTINGS_FILE, settingsKind(codec.target), codec),
    loadRecordFile(layout.dir, TAGS_FILE, tagsKind(codec.target), codec),
    loadRecordFile(layout.dir, SAVED_SEARCHES_FILE, savedSearchesKind(codec.target), codec),
    Promise.all(eachShard((shard) => loadRecordFile(layout.dir, articleShardFile(shard), shardKind, codec))),
    Promise.all(eachShard((shard) => loadRecordFile(layout.dir, annotationShardFile(shard), annotationKind, codec))),
  ]);
  return { manifest, settings, tags, savedSearches, shards, annotations };
}

export interface SettleContext {
  layout: LibraryLayout;
  codec: RecordCodec;
  at: Date;
  noticeId: () => string;
}

/**
 * Brings every record file to a good, current state on disk: damaged files are repaired from backups,
 * outdated ones written back migrated (after a backup of them as they were), and the manifest last,
 * so an interrupted migration resumes on the next open. Returns what the user must be told.
 */
export async function settleLibraryRecords(records: LibraryRecords, { layout, codec, at, noticeId }: SettleContext): Promise<LibraryNotice[]> {
  const all: { state: RecordFile<Versioned>['state'] }[] = [records.manifest, records.settings, records.tags, records.savedSearches, ...records.shards, ...records.annotations];
  if (all.some((file) => file.state === 'outdated')) {
    await takeBackup({ root: layout.dir, backupsDir: layout.backupsDir, rels: RECORD_FILES, at, keep: records.settings.db.data.settings.backupsKept });
  }
  const place = { root: layout.dir, backupsDir: layout.backupsDir, damagedDir: layout.damagedDir, codec, at };
  const settle = async <T extends Versioned>(file: RecordFile<T>) => {
    if (file.state === 'damaged') return repairNotice(await repairRecordFile(file, place), noticeId(), at);
    if (file.state === 'outdated') await file.db.write();
    return undefined;
  };
  const notices = await Promise.all([settle(records.settings), settle(records.tags), settle(records.savedSearches), ...records.shards.map(settle), ...records.annotations.map(settle)]);
  const manifestNotice = await settle(records.manifest);
  if (records.manifest.state === 'new') await records.manifest.db.write();
  return [...notices, manifestNotice].filter((notice) => notice !== undefined);
}
