import type { CaptureJob } from '../../src/shared/model/capture';

/** A save as the capture service reports it; tests set what they are about. */
export function captureJob(overrides: Partial<CaptureJob> & Pick<CaptureJob, 'id'>): CaptureJob {
  return {
    label: 'https://news.example/story',
    state: 'fetching',
    images: null,
    articleId: null,
    title: null,
    error: null,
    startedAt: '2025-03-18T09:30:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}
