import { AppError } from '../../../shared/ipc/result';
import type { CaptureJob } from '../../../shared/model/capture';

/** Finished jobs kept for the list (the UI's recent saves); older ones are forgotten. */
export const FINISHED_JOBS_KEPT = 50;

const FINAL_STATES = new Set<CaptureJob['state']>(['done', 'duplicate', 'failed', 'cancelled']);
export const isFinished = (job: CaptureJob) => FINAL_STATES.has(job.state);

type JobPatch = Partial<Omit<CaptureJob, 'id' | 'startedAt' | 'finishedAt'>>;

/**
 * The capture jobs the UI follows: each change is announced to the listeners as a fresh copy, and
 * a finished job resolves its waiters. Running jobs are always kept; finished ones up to a bound.
 */
export function createCaptureJobs({ clock, randomId }: { clock: () => Date; randomId: () => string }) {
  const jobs = new Map<string, CaptureJob>();
  const waiters = new Map<string, Array<(job: CaptureJob) => void>>();
  const listeners = new Set<(job: CaptureJob) => void>();

  const announce = (job: CaptureJob) => {
    for (const listener of listeners) listener({ ...job });
  };
  const forgetOldFinished = () => {
    const finished = [...jobs.values()].filter(isFinished);
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) jobs.delete(job.id);
  };

  return {
    create(label: string): CaptureJob {
      const job: CaptureJob = { id: randomId(), label, state: 'queued', images: null, articleId: null, title: null, error: null, startedAt: clock().toISOString(), finishedAt: null };
      jobs.set(job.id, job);
      announce(job);
      return { ...job };
    },

    get: (id: string): CaptureJob | undefined => jobs.get(id),

    /** Changes a job that has not finished; a finished job stays as it ended. */
    update(id: string, patch: JobPatch): void {
      const job = jobs.get(id);
      if (!job || isFinished(job)) return;
      Object.assign(job, patch, patch.state && patch.state !== 'images' ? { images: null } : {});
      if (isFinished(job)) {
        job.finishedAt = clock().toISOString();
        for (const resolve of waiters.get(id) ?? []) resolve({ ...job });
        waiters.delete(id);
        forgetOldFinished();
      }
      announce(job);
    },

    list: (): CaptureJob[] => [...jobs.values()].map((job) => ({ ...job })),

    settled(id: string): Promise<CaptureJob> {
      const job = jobs.get(id);
      if (!job) return Promise.reject(new AppError('not-found', 'That save is not in the list of recent saves.'));
      if (isFinished(job)) return Promise.resolve({ ...job });
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },

    onProgress(listener: (job: CaptureJob) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
