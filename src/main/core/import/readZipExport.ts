import type { ImportBatch } from './importBatch';
import { ImportCollector } from './importCollector';
import { FILE_FORMATS, fileFormat, notAnExport, readExportFile } from './readExportFile';
import type { FileFormat } from './detectFormat';
import { importError } from './importError';
import { isOmnivoreMetadata, readOmnivoreZip } from './formats/omnivoreZip';
import { readPocketAnnotations } from './formats/pocketAnnotations';
import { parseJson } from './read/parseJson';
import { bufferSource, decodeText } from './read/importSource';
import type { ZipArchive, ZipEntry } from './zip/zipArchive';

/** What our own backup writes at its root; the restore path reads the rest. */
export const BACKUP_MANIFEST = 'manifest.json';
export const BACKUP_FORMAT = 'news-archive-backup';

const EXPORT_FILE = /\.(?:csv|html?|json)$/i;
const POCKET_ANNOTATIONS = /(?:^|\/)annotations\/[^/]+\.json$/;
/** Finder's resource forks: never an export, whatever they are named. */
const MAC_METADATA = /(?:^|\/)__MACOSX\//;

/**
 * An export ZIP: our backup (by its manifest), Omnivore (by its metadata files), or export files of one kind,
 * such as Pocket's `part_*.csv` with the highlights in `annotations/*.json`.
 */
export async function readZipExport(zip: ZipArchive, asked?: ImportBatch['format']): Promise<ImportBatch> {
  const collector = new ImportCollector();
  if (asked === 'backup' || (!asked && (await isBackup(zip)))) return collector.batch('backup', zip.file);
  if (asked === 'omnivore' || (!asked && zip.entries.some(({ name }) => isOmnivoreMetadata(name)))) {
    await readOmnivoreZip(zip, collector);
    return collector.batch('omnivore', zip.file);
  }
  const files = await exportFiles(zip, asked && FILE_FORMATS.includes(asked as FileFormat) ? (asked as FileFormat) : undefined);
  const format = files[0]?.format;
  if (!format) throw notAnExport(zip.file);
  const other = files.find((file) => file.format !== format);
  if (other) throw importError({ file: zip.file }, `The ZIP holds exports of different kinds (${format} and ${other.format} in ${other.source.name}); import them one at a time.`);
  for (const { source } of files) await readExportFile(format, source, collector);
  if (format === 'pocket-csv') {
    for (const entry of sortedEntries(zip, (name) => POCKET_ANNOTATIONS.test(name))) await readPocketAnnotations(bufferSource(entry.name, await zip.read(entry)), collector);
  }
  return collector.batch(format, zip.file);
}

/** Whether the ZIP's root `manifest.json` is ours; another program's manifest, even unreadable, is not. */
async function isBackup(zip: ZipArchive): Promise<boolean> {
  const manifest = zip.find(BACKUP_MANIFEST);
  if (!manifest) return false;
  const json = await zip.read(manifest).then((bytes) => parseJson(decodeText(bytes), BACKUP_MANIFEST)).catch(() => null);
  return typeof json === 'object' && json !== null && 'format' in json && json.format === BACKUP_FORMAT;
}

/** The export files in the ZIP, each recognised by content (or as `asked`); files of no known kind are skipped. */
async function exportFiles(zip: ZipArchive, asked?: FileFormat) {
  const files = [];
  for (const entry of sortedEntries(zip, (name) => EXPORT_FILE.test(name) && !POCKET_ANNOTATIONS.test(name) && !MAC_METADATA.test(name))) {
    const source = bufferSource(entry.name, await zip.read(entry));
    const format = await fileFormat(source, asked).catch(() => null);
    if (format) files.push({ format, source });
  }
  return files;
}

const sortedEntries = (zip: ZipArchive, keep: (name: string) => boolean): ZipEntry[] =>
  zip.entries.filter(({ name }) => keep(name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
