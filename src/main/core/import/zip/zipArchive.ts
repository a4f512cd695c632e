import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { basename } from 'node:path';
import { importError } from '../importError';
import { megabytes, type ImportLimits } from '../importLimits';
import { entryName, unsafeEntryName } from './entryName';

export interface ZipEntry {
  /** The path inside the archive, checked safe. */
  name: string;
  entry: Entry;
}

/**
 * A ZIP export, opened with every cap checked twice: against the sizes the central directory declares before
 * anything is inflated, and against the bytes actually inflated, since a crafted archive can lie about them.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    readonly file: string,
    readonly entries: readonly ZipEntry[],
    private readonly zip: ZipFile,
    private readonly limits: ImportLimits,
  ) {}

  static async open(path: string, limits: ImportLimits): Promise<ZipArchive> {
    const file = basename(path);
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }).catch((error: unknown) => {
      throw damaged(file, error);
    });
    try {
      if (zip.entryCount > limits.entries) throw importError({ file }, `The ZIP holds ${zip.entryCount} files, more than the ${limits.entries} an export may have.`);
      return new ZipArchive(file, await listEntries(file, zip, limits), zip, limits);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  /** An entry's bytes, inflated with a running count that stops at the caps whatever the headers said. */
  async read({ name, entry }: ZipEntry): Promise<Buffer> {
    const cap = Math.min(this.limits.fileBytes, this.limits.totalBytes - this.inflated);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.byteLength;
        if (size > cap) {
          stream.destroy();
          throw importError({ file: `${this.file}/${name}` }, `The file inflates to more than ${megabytes(cap)}; this looks like a ZIP bomb.`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      throw isImportError(error) ? error : damaged(`${this.file}/${name}`, error);
    }
    this.inflated += size;
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

/** The central directory's entries, refused at the first unsafe name or size. */
async function listEntries(file: string, zip: ZipFile, limits: ImportLimits): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry.fileNameRaw);
      const where = { file: `${file}/${name}` };
      const unsafe = unsafeEntryName(name);
      if (unsafe) throw importError({ file }, `The entry "${name}" ${unsafe}; the ZIP was refused.`);
      if (name.endsWith('/')) continue;
      if (entry.isEncrypted()) throw importError(where, 'The file is encrypted.');
      declared += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.fileBytes) throw importError(where, `The file is larger than ${megabytes(limits.fileBytes)} once inflated.`);
      if (declared > limits.totalBytes) throw importError({ file }, `The ZIP inflates to more than ${megabytes(limits.totalBytes)}; this looks like a ZIP bomb.`);
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.compressionRatio) {
        throw importError(where, `The file inflates ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times its packed size; this looks like a ZIP bomb.`);
      }
      entries.push({ name, entry });
    }
  } catch (error) {
    throw isImportError(error) ? error : damaged(file, error);
  }
  return entries;
}

const isImportError = (error: unknown): boolean => error instanceof Error && 'code' in error && error.code === 'invalid-import';

/** yauzl's own finding, in words for the user. */
function damaged(file: string, error: unknown): Error {
  const why = error instanceof Error ? error.message : String(error);
  if (/too many bytes|too few bytes/.test(why)) return importError({ file }, `The file does not hold the size its ZIP header declares (${why}); the ZIP is damaged or crafted.`);
  return importError({ file }, `The ZIP file is damaged or incomplete (${why}).`);
}
