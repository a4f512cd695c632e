import type { ArticleId } from '../../../../shared/model/article';
import type { ImportLink, ImportPreview, ImportProgress, ImportResult } from '../../../../shared/model/import';
import type { CaptureSources } from '../../capture/captureSources';
import type { Extractor } from '../../capture/types';
import type { Library } from '../../library/library';
import { loadRecordFile } from '../../store/loadRecordFile';
import type { ImportFormat } from '../importBatch';
import { importError } from '../importError';
import { readImportFile } from '../readImportFile';
import { applyImport } from './applyImport';
import { createFetchQueue } from './fetchQueue';
import { fetchLink } from './fetchLink';
import { IMPORT_QUEUE_FILE, importQueueKind } from './importQueueFile';
import { planImport } from './planImport';

export interface ImportServiceDeps {
  library: Pick<Library, 'dir' | 'schemaVersion' | 'articles' | 'annotations' | 'settings'>;
  extractor: Pick<Extractor, 'extract' | 'sanitize'>;
  sources: CaptureSources;
  clock?: () => Date;
  randomId?: () => ArticleId;
  /** The backoff between tries; tests pass one that does not really wait. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Pages fetched at once. */
  concurrency?: number;
  log?: (message: string, error: unknown) => void;
}

export interface ImportOptions {
  format?: ImportFormat;
}

/**
 * Imports export files into the library, and fetches the pages of imported links in the background.
 * Imports run one at a time; the fetch queue resumes, at creation, whatever an earlier run left pending.
 */
export async function createImportService({
  library,
  extractor,
  sources,
  clock = () => new Date(),
  randomId = () => crypto.randomUUID(),
  wait = sleep,
  concurrency = 3,
  log = console.error,
}: ImportServiceDeps) {
  const kind = importQueueKind(library.schemaVersion);
  const file = await loadRecordFile(library.dir, IMPORT_QUEUE_FILE, kind, { migrations: [], target: library.schemaVersion });
  if (file.state === 'damaged') {
    log('import: the fetch queue file is damaged; starting with an empty queue', file.damage);
    file.db.data = kind.empty();
  }
  const listeners = new Set<(progress: ImportProgress) => void>();
  const queue = createFetchQueue({
    file: file.db,
    fetchLink: (link, signal) => fetchLink(link, signal, { library, extractor, sources, clock }),
    clock: () => clock().getTime(),
    wait,
    concurrency,
    onProgress: (progress) => listeners.forEach((listener) => listener(progress)),
    log,
  });
  let applying: Promise<unknown> = Promise.resolve();
  queue.resumePending();

  async function read(path: string, options: ImportOptions) {
    const batch = await readImportFile(path, { format: options.format });
    if (batch.format === 'backup') throw importError({ file: batch.source }, 'This is a full backup of a library: restore it (news-archive restore) rather than import it.');
    return planImport(batch, library.articles);
  }

  return {
    /** What importing the file would do; reads it whole, changes nothing. */
    preview: async (path: string, options: ImportOptions = {}): Promise<ImportPreview> => (await read(path, options)).preview,

    /** Imports the file; resolves once every new article is in the library (pages to fetch are queued). */
    start(path: string, options: ImportOptions & { fetch: boolean }): Promise<ImportResult> {
      const run = applying.then(async () => {
        const { preview, fresh } = await read(path, options);
        const { added, links } = await applyImport(fresh, { library, extractor, sources, clock, randomId, fetch: options.fetch });
        await queue.add(links);
        return { ...preview, added, queued: links.length };
      });
      applying = run.catch(() => undefined);
      return run;
    },

    progress: (): ImportProgress => queue.progress(),
    links: (): ImportLink[] => queue.links(),
    pause: () => queue.pause(),
    resume: () => queue.resume(),
    cancel: () => queue.cancel(),
    retryFailed: (ids?: readonly ArticleId[]) => queue.retryFailed(ids),
    /** Resolves once the queue has nothing running or waiting (never while paused with links pending). */
    idle: () => queue.idle(),
    onProgress(listener: (progress: ImportProgress) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stops the running fetches; what is pending stays in the queue file for the next open. */
    async close() {
      await applying;
      await queue.close();
    },
  };
}

export type ImportService = Awaited<ReturnType<typeof createImportService>>;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
