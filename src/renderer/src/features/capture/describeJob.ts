import type { CaptureJob } from '../../../../shared/model/capture';

export type JobTone = 'running' | 'saved' | 'failed' | 'cancelled';

export interface JobDescription {
  /** Where the save stands, in words. */
  status: string;
  tone: JobTone;
}

/** A save's state as a person would say it. */
export function describeJob(job: CaptureJob): JobDescription {
  switch (job.state) {
    case 'queued':
      return { status: 'Waiting to start…', tone: 'running' };
    case 'fetching':
      return { status: 'Downloading…', tone: 'running' };
    case 'extracting':
      return { status: 'Extracting the article…', tone: 'running' };
    case 'images':
      return { status: job.images ? `Saving images ${Math.min(job.images.done + 1, job.images.total)} of ${job.images.total}…` : 'Saving images…', tone: 'running' };
    case 'saving':
      return { status: 'Saving…', tone: 'running' };
    case 'done':
      return { status: 'Saved', tone: 'saved' };
    case 'duplicate':
      return { status: 'Already in your library', tone: 'saved' };
    case 'failed':
      return { status: job.error?.message ?? 'This could not be saved.', tone: 'failed' };
    case 'cancelled':
      return { status: 'Cancelled; nothing was saved.', tone: 'cancelled' };
  }
}
