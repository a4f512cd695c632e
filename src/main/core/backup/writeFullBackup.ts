import { open, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { AppError } from '../../../shared/ipc/result';
import { fsyncDir } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';
import type { Library } from '../library/library';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, type BackupFile, type BackupManifest } from './backupManifest';
import { digestStream } from './digestStream';
import { libraryFiles } from './libraryFiles';

export interface FullBackupOptions {
  /** The app's version, recorded in the manifest. */
  appVersion: string;
  clock?: () => Date;
}

export interface FullBackupSummary {
  files: number;
  /** The library's bytes backed up (before compression). */
  bytes: number;
}

// Images and raw captures are compressed already: deflating them again costs time and saves nothing.
const COMPRESSED = /\.(gz|jpe?g|png|gif|webp|avif|zst|br)$/i;

/**
 * Writes the whole library (records, article content, raw captures, images: not derived data) into one
 * ZIP at `outPath` with a manifest of every file's size and SHA-256. The library must be open (this
 * process holds its lock); writes under way are awaited first. Files stream through one at a time, so
 * memory stays flat however large the library. The ZIP is built under a temp name and renamed into place.
 */
export async function writeFullBackup(library: Library, outPath: string, { appVersion, clock = () => new Date() }: FullBackupOptions): Promise<FullBackupSummary> {
  const target = resolve(outPath);
  const temp = tempPathFor(target);
  const zip = new ZipFile();
  let written: Promise<void> | undefined;
  try {
    written = pipeline(zip.outputStream, (await open(temp, 'wx')).createWriteStream({ flush: true }));
    // A failed write (a full disk) ends the backup: no file waits for a ZIP that reads no more.
    const writeFailed = written.then(() => new Promise<never>(() => undefined));
    await library.idle();
    const createdAt = clock().toISOString();
    const files: BackupFile[] = [];
    const addAll = async (rels: AsyncIterable<string>) => {
      for await (const rel of rels) {
        const file = await Promise.race([addFile(zip, library.dir, rel), writeFailed]);
        if (file) files.push(file);
      }
    };
    // Records first, content after: a new article's content is stored before its record, so every
    // record read here finds its article's folder still to come.
    const own = relative(library.dir, target).split('\\').join('/');
    await addAll(libraryFiles(library.dir, '', (rel) => rel === 'content' || rel === own));
    await addAll(libraryFiles(library.dir, 'content', (rel) => rel === own));
    const manifest: BackupManifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt, appVersion, schemaVersion: library.schemaVersion, files };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_ENTRY);
    zip.end();
    await written;
    await rename(temp, target);
    await fsyncDir(dirname(target));
    return { files: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
  } catch (error) {
    (zip.outputStream as Readable).destroy();
    await written?.catch(() => undefined);
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || error instanceof AppError) throw error;
    throw new AppError('storage-failure', `The backup could not be written to ${target} (${code}).`);
  }
}

/** Streams one library file into the ZIP, resolving with its size and checksum once read; a file gone meanwhile is left out. */
async function addFile(zip: ZipFile, root: string, rel: string): Promise<BackupFile | undefined> {
  let handle;
  try {
    handle = await open(join(root, rel), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const digest = digestStream();
  const source = handle.createReadStream();
  source.on('error', (error) => digest.stream.destroy(error));
  zip.addReadStream(source.pipe(digest.stream), rel, { compress: !COMPRESSED.test(rel) });
  await finished(digest.stream);
  return { path: rel, ...digest.result() };
}
