import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { ImportBatch, ImportFormat } from './importBatch';
import { ImportCollector } from './importCollector';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { importError } from './importError';
import { fileFormat, readExportFile } from './readExportFile';
import { readZipExport } from './readZipExport';
import { fileSource } from './read/importSource';
import { ZipArchive } from './zip/zipArchive';

export interface ReadImportOptions {
  /** The format, when the user names it (`--format`); otherwise it is recognised by content. */
  format?: ImportFormat;
  limits?: ImportLimits;
}

/**
 * An export file from another service (or a ZIP of one) read into items, without touching the library.
 * A file that cannot be read whole fails with an `invalid-import` error naming file and line; nothing is
 * returned half-read. Bad rows in a good file come back as problems next to the items.
 */
export async function readImportFile(path: string, options: ReadImportOptions = {}): Promise<ImportBatch> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const asked = options.format;
  if (await isZip(path)) {
    const zip = await ZipArchive.open(path, limits);
    try {
      return await readZipExport(zip, asked);
    } finally {
      zip.close();
    }
  }
  if (asked === 'omnivore' || asked === 'backup') throw importError({ file: basename(path) }, `The file is not a ZIP, as an ${asked} export is.`);
  const source = await fileSource(path, limits);
  const format = await fileFormat(source, asked);
  const collector = new ImportCollector();
  await readExportFile(format, source, collector);
  return collector.batch(format, source.name);
}

/** ZIPs start with a local file header, or, when empty, with the end of their central directory. */
async function isZip(path: string): Promise<boolean> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new AppError('unreadable-file', `Could not open ${basename(path)}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}.`);
  });
  try {
    const magic = Buffer.alloc(4);
    await file.read(magic, 0, 4, 0);
    return magic.equals(Buffer.from('PK\x03\x04', 'latin1')) || magic.equals(Buffer.from('PK\x05\x06', 'latin1'));
  } finally {
    await file.close();
  }
}
