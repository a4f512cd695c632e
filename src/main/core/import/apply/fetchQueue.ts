import PQueue from 'p-queue';
import type { Low } from 'lowdb';
import type { ArticleId } from '../../../../shared/model/article';
import type { ImportLink, ImportProgress } from '../../../../shared/model/import';
import { AppError } from '../../../../shared/ipc/result';
import { persist } from '../../store/persist';
import type { ImportQueueFile } from './importQueueFile';
import { backoffMs, isTransient, MAX_ATTEMPTS } from './retryPolicy';

export interface FetchQueueDeps {
  /** records/importQueue.json, already read. */
  file: Low<ImportQueueFile>;
  /** Fetches one link's page into its article; rejects with an AppError saying why not. */
  fetchLink: (link: ImportLink, signal: AbortSignal) => Promise<void>;
  clock: () => number;
  /** Resolves after `ms`, or rejects when the signal aborts (the backoff between tries). */
  wait: (ms: number, signal: AbortSignal) => Promise<void>;
  concurrency: number;
  onProgress: (progress: ImportProgress) => void;
  log: (message: string, error: unknown) => void;
}

const CANCELLED = { code: 'cancelled', message: 'The fetch was cancelled; retry to fetch it.' };

/**
 * The imported links whose pages are fetched in the background, a few at a time, each retried with
 * exponential backoff while its failure is transient. Every change is saved to the queue file, so the
 * pending links resume when the library is opened again; failed ones stay, with their error, until retried.
 */
export function createFetchQueue({ file, fetchLink, clock, wait, concurrency, onProgress, log }: FetchQueueDeps) {
  const queue = new PQueue({ concurrency, autoStart: !file.data.paused });
  const controller = { current: new AbortController() };
  const links = new Map(file.data.links.map((link) => [link.articleId, link]));
  // This run of fetching: what it finished, and since when, for the estimate.
  const run = { fetched: 0, failed: 0, startedAt: clock() };

  const pendingCount = () => [...links.values()].filter((link) => link.state === 'pending').length;
  const failedCount = () => links.size - pendingCount();
  const progress = (): ImportProgress => {
    const pending = pendingCount();
    const finished = run.fetched + run.failed;
    const perLink = finished > 0 ? (clock() - run.startedAt) / 1000 / finished : null;
    return {
      state: pending === 0 ? 'idle' : file.data.paused ? 'paused' : 'running',
      fetched: run.fetched,
      failed: failedCount(),
      pending,
      total: run.fetched + links.size,
      etaSeconds: perLink === null || pending === 0 ? null : Math.round((perLink * pending) / Math.min(concurrency, pending)),
    };
  };
  const save = async () => {
    file.data.links = [...links.values()];
    await persist([file]);
    onProgress(progress());
  };

  function schedule(link: ImportLink) {
    if (queue.size + queue.pending === 0) Object.assign(run, { fetched: 0, failed: 0, startedAt: clock() });
    const signal = controller.current.signal;
    // Clearing the queue (cancel, close) rejects what waited in it: that is the point, not a failure.
    const cleared = (error: unknown) => signal.aborted || (error instanceof Error && error.name === 'AbortError');
    void queue.add(() => attempt(link.articleId, signal)).catch((error: unknown) => {
      if (!cleared(error)) log('import: the fetch queue failed', error);
    });
  }

  async function attempt(id: ArticleId, signal: AbortSignal): Promise<void> {
    for (;;) {
      const link = links.get(id);
      if (!link || link.state !== 'pending' || signal.aborted) return;
      try {
        await fetchLink(link, signal);
        links.delete(id);
        run.fetched += 1;
        return await save();
      } catch (thrown) {
        if (signal.aborted) return;
        const error = thrown instanceof AppError ? { code: thrown.code, message: thrown.message } : unexpected(thrown, log);
        // Its article was deleted meanwhile: nothing is left to fetch for.
        if (error.code === 'not-found') {
          links.delete(id);
          return await save();
        }
        const attempts = link.attempts + 1;
        const retry = isTransient(error) && attempts < MAX_ATTEMPTS;
        links.set(id, { ...link, attempts, error, state: retry ? 'pending' : 'failed' });
        if (!retry) run.failed += 1;
        await save();
        if (!retry) return;
        const waited = await wait(backoffMs(attempts), signal).then(() => true, () => false);
        if (!waited) return;
      }
    }
  }

  return {
    progress,
    /** Every link not fetched yet, pending or failed. */
    links: () => [...links.values()],
    /** Queues new links (pending ones are fetched; failed ones wait for a retry) and saves them. */
    async add(added: readonly ImportLink[]) {
      for (const link of added) links.set(link.articleId, link);
      await save();
      for (const link of added) if (link.state === 'pending') schedule(link);
    },
    /** Starts (again) what the file holds as pending: at open, after a restart. */
    resumePending() {
      for (const link of links.values()) if (link.state === 'pending') schedule(link);
      onProgress(progress());
    },
    async pause() {
      file.data.paused = true;
      queue.pause();
      await save();
    },
    async resume() {
      file.data.paused = false;
      queue.start();
      await save();
    },
    /** Stops every fetch; the links not fetched stay as failed ("cancelled"), to retry later. */
    async cancel() {
      controller.current.abort();
      controller.current = new AbortController();
      queue.clear();
      for (const link of links.values()) if (link.state === 'pending') links.set(link.articleId, { ...link, state: 'failed', error: CANCELLED });
      await save();
    },
    /** Queues failed links again (those named, or all), their tries counted afresh. */
    async retryFailed(ids?: readonly ArticleId[]) {
      const wanted = ids ? new Set(ids) : undefined;
      const again = [...links.values()].filter((link) => link.state === 'failed' && (!wanted || wanted.has(link.articleId)));
      for (const link of again) links.set(link.articleId, { ...link, state: 'pending', attempts: 0, error: null });
      await save();
      for (const link of again) schedule(link);
      return again.length;
    },
    /** Resolves once nothing runs or waits to run (a paused queue with pending links never is). */
    idle: () => queue.onIdle(),
    /** Stops the fetches running now; the pending links stay pending in the file, for the next open. */
    async close() {
      queue.pause();
      queue.clear();
      controller.current.abort();
      await queue.onIdle();
    },
  };
}

function unexpected(error: unknown, log: FetchQueueDeps['log']) {
  log('import: unexpected failure while fetching', error);
  return { code: 'internal', message: 'Something went wrong while fetching; the details were written to the log.' };
}

export type FetchQueue = ReturnType<typeof createFetchQueue>;
