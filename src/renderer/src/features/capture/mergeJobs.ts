import type { CaptureJob, CaptureState } from '../../../../shared/model/capture';

// How far along each state is: a save only ever moves forward through these.
const STAGE: Record<CaptureState, number> = {
  queued: 0,
  fetching: 1,
  extracting: 2,
  images: 3,
  saving: 4,
  done: 5,
  duplicate: 5,
  failed: 5,
  cancelled: 5,
};

export const isFinished = (job: CaptureJob) => STAGE[job.state] === STAGE.done;

/**
 * Folds fresh news of jobs into what is known. Answers and events race (a job's `start` answer
 * can arrive after its first progress events, the `jobs` list after its last), so a report that
 * would take a job back to an earlier stage, or change a finished one, is stale and dropped.
 */
export function mergeJobs(known: ReadonlyMap<string, CaptureJob>, news: readonly CaptureJob[]): ReadonlyMap<string, CaptureJob> {
  const merged = new Map(known);
  for (const job of news) {
    const current = merged.get(job.id);
    if (current && (isFinished(current) || STAGE[job.state] < STAGE[current.state])) continue;
    merged.set(job.id, job);
  }
  return merged;
}
