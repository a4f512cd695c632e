import type { CaptureJob } from '../shared/model/capture';
import { isFinished } from '../main/core/capture/captureJobs';
import type { CaptureService } from '../main/core/capture/types';

/**
 * Starts one save and follows every job it leads to (a folder's further pages become jobs of their
 * own, created before the first one finishes) until all have finished. Jobs come back in the order
 * they were created. Only one save may be followed at a time: every new job is counted as its own.
 */
export function followJobs(service: CaptureService, start: () => CaptureJob): Promise<CaptureJob[]> {
  return new Promise((resolve, reject) => {
    const jobs = new Map<string, CaptureJob>();
    const stop = service.onProgress((job) => {
      jobs.set(job.id, job);
      if ([...jobs.values()].every(isFinished)) {
        stop();
        resolve([...jobs.values()]);
      }
    });
    try {
      const first = start();
      if (!jobs.has(first.id)) jobs.set(first.id, first);
    } catch (error) {
      stop();
      reject(error);
    }
  });
}
