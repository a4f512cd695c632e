import PQueue from 'p-queue';
import type { ArticleId } from '../../../shared/model/article';
import type { Library } from '../library/library';
import { normalizeTags, tagNameProblem } from '../../../shared/model/tag';
import { AppError } from '../../../shared/ipc/result';
import { captureArticle } from './captureArticle';
import { jobErrorOf } from './captureError';
import { createCaptureJobs, isFinished } from './captureJobs';
import type { CaptureSources } from './captureSources';
import { labelOf, readSource, type CaptureSource } from './readSource';
import type { CaptureService, Extractor } from './types';

export interface CaptureServiceDeps {
  library: Pick<Library, 'articles' | 'settings'>;
  extractor: Pick<Extractor, 'extract' | 'sanitize'>;
  sources: CaptureSources;
  clock?: () => Date;
  /** Ids of jobs and of new articles (a UUID each). */
  randomId?: () => ArticleId;
  /** Saves running at once; the rest wait in line. */
  concurrency?: number;
  log?: (message: string, error: unknown) => void;
}

/**
 * Saves in the background, a few at a time. Each job has its own AbortController: a cancelled job
 * that is still waiting never starts, a running one stops at its next step and leaves nothing behind.
 *
 * A path (from the file picker or the command line) may be a folder of pages. Its job reads it, saves
 * the first page itself and queues one more job per further page, so every article gets its own row,
 * outcome and cancel button, and the pages of a big folder save side by side like any other saves.
 */
export function createCaptureService({
  library,
  extractor,
  sources,
  clock = () => new Date(),
  randomId = () => crypto.randomUUID(),
  concurrency = 3,
  log = console.error,
}: CaptureServiceDeps): CaptureService {
  const jobs = createCaptureJobs({ clock, randomId });
  const queue = new PQueue({ concurrency });
  const storing = new PQueue({ concurrency: 1 });
  const controllers = new Map<string, AbortController>();
  let closed = false;

  function enqueue(source: CaptureSource, tags: string[]) {
    if (closed) throw new Error('The capture service is closed.');
    const job = jobs.create(labelOf(source));
    const controller = new AbortController();
    controllers.set(job.id, controller);
    void queue.add(() => run(job.id, source, tags, controller.signal).finally(() => controllers.delete(job.id)));
    return job;
  }

  async function run(jobId: string, source: CaptureSource, tags: string[], signal: AbortSignal): Promise<void> {
    if (signal.aborted) return; // cancelled while waiting: already reported
    const update = (patch: Parameters<typeof jobs.update>[1]) => jobs.update(jobId, patch);
    try {
      const allowLocalNetwork = library.settings.get().allowLocalNetwork;
      if (source.kind !== 'page') update({ state: 'fetching' });
      const [page, ...more] = await readSource(source, sources, { allowLocalNetwork, signal });
      signal.throwIfAborted();
      if (more.length > 0) {
        update({ label: labelOf({ kind: 'page', page }) });
        for (const next of more) enqueue({ kind: 'page', page: next }, tags);
      }
      const outcome = await captureArticle(page, {
        articles: library.articles,
        extractor,
        sources,
        allowLocalNetwork,
        tags,
        label: jobs.get(jobId)?.label ?? '',
        clock,
        randomId,
        signal,
        exclusive: (task) => storing.add(task),
        report: update,
      });
      update(outcome);
    } catch (error) {
      update(signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: jobErrorOf(error, log) });
    }
  }

  function cancel(jobId: string): void {
    const job = jobs.get(jobId);
    if (!job || isFinished(job)) return;
    controllers.get(jobId)?.abort();
    // A running job reports itself once it has stopped and cleaned up; a waiting one has nothing to clean.
    if (job.state === 'queued') jobs.update(jobId, { state: 'cancelled' });
  }

  return {
    start: (input, options) => enqueue(input, checkedTags(options?.tags)),
    cancel,
    jobs: () => jobs.list(),
    settled: (jobId) => jobs.settled(jobId),
    onProgress: (listener) => jobs.onProgress(listener),
    async close() {
      closed = true;
      for (const job of jobs.list()) cancel(job.id);
      await queue.onIdle();
    },
  };
}

/** The tags a save gives its article, held to the same rule as tags applied later (the CLI reaches here directly). */
function checkedTags(tags: readonly string[] = []): string[] {
  const normalized = normalizeTags(tags);
  for (const name of normalized) {
    const problem = tagNameProblem(name);
    if (problem) throw new AppError('invalid-input', `"${name}": ${problem}`);
  }
  return normalized;
}
