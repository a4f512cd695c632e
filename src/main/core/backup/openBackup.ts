import { basename } from 'node:path';
import { buffer } from 'node:stream/consumers';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../shared/ipc/result';
import { SCHEMA_VERSION } from '../library/schemaVersion';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifestSchema, MANIFEST_ENTRY, type BackupManifest } from './backupManifest';
import { isBackedUp, isSafePath } from './backupPaths';

/** A manifest lists paths, sizes and checksums: even a million files fit in this. */
const MANIFEST_MAX_BYTES = 256 * 1024 * 1024;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

export interface OpenedBackup {
  zip: ZipFile;
  manifest: BackupManifest;
  /** The ZIP entry of each file the manifest lists, by path. */
  entries: Map<string, Entry>;
}

/**
 * Opens a full backup and checks its shape before anything is extracted: a manifest of this format, every
 * path safe and a library file, each listed file present once with its listed size, and nothing else.
 * The sizes it accepts bound what extraction may write (yauzl refuses an entry longer than declared).
 */
export async function openBackup(zipPath: string): Promise<OpenedBackup> {
  const name = basename(zipPath);
  const refuse = (why: string) => new AppError('unreadable-file', `${name} cannot be restored: ${why}.`);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not-found', `There is no file ${zipPath}.`);
    throw refuse(`it is not a readable ZIP file (${(error as Error).message})`);
  }
  try {
    const entries = await readEntries(zip, refuse);
    const manifest = await readManifest(zip, entries.get(MANIFEST_ENTRY), refuse);
    if (manifest.formatVersion > BACKUP_FORMAT_VERSION || manifest.schemaVersion > SCHEMA_VERSION) {
      throw new AppError('library-newer', `${name} was made by a newer version of News Archive (${manifest.appVersion}). Update the app to restore it.`);
    }
    entries.delete(MANIFEST_ENTRY);
    checkFiles(manifest, entries, refuse);
    return { zip, manifest, entries };
  } catch (error) {
    zip.close();
    throw error;
  }
}

type Refuse = (why: string) => AppError;

async function readEntries(zip: ZipFile, refuse: Refuse): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (entry.fileName.endsWith('/') || (mode !== 0 && mode !== S_IFREG)) throw refuse(`${entry.fileName} is not a plain file`);
      if (entries.has(entry.fileName)) throw refuse(`${entry.fileName} appears twice`);
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    // yauzl refuses absolute paths and `..` itself; its message names the entry.
    throw error instanceof AppError ? error : refuse((error as Error).message);
  }
  return entries;
}

async function readManifest(zip: ZipFile, entry: Entry | undefined, refuse: Refuse): Promise<BackupManifest> {
  if (!entry) throw refuse(`it has no ${MANIFEST_ENTRY}, so it is not a News Archive backup`);
  if (entry.uncompressedSize > MANIFEST_MAX_BYTES) throw refuse(`its ${MANIFEST_ENTRY} is too large`);
  let json: unknown;
  try {
    json = JSON.parse((await buffer(await zip.openReadStreamPromise(entry))).toString('utf8'));
  } catch (error) {
    throw refuse(`its ${MANIFEST_ENTRY} is damaged (${(error as Error).message})`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) throw refuse('it is not a News Archive backup');
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) throw refuse(`its ${MANIFEST_ENTRY} is damaged (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

function checkFiles(manifest: BackupManifest, entries: Map<string, Entry>, refuse: Refuse): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (!isSafePath(file.path) || !isBackedUp(file.path)) throw refuse(`its manifest lists ${JSON.stringify(file.path)}, which is not a library file`);
    if (listed.has(file.path)) throw refuse(`its manifest lists ${file.path} twice`);
    listed.add(file.path);
    const entry = entries.get(file.path);
    if (!entry) throw refuse(`${file.path} is missing from it`);
    if (entry.uncompressedSize !== file.size) throw refuse(`${file.path} is ${entry.uncompressedSize} bytes where the manifest says ${file.size}`);
  }
  for (const path of entries.keys()) if (!listed.has(path)) throw refuse(`${path} is not listed in its manifest`);
}
