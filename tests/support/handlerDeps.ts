import { vi } from 'vitest';
import type { CaptureService } from '../../src/main/core/capture/types';
import type { HandlerDeps } from '../../src/main/ipc/createHandlers';
import type { CaptureJob } from '../../src/shared/model/capture';
import { captureJob } from './captureJob';
import { fakeLibrary } from './fakeLibrary';

/** A capture service that records what it was asked and finishes nothing. */
export function fakeCapture(): CaptureService & { started: unknown[] } {
  const started: unknown[] = [];
  const jobs: CaptureJob[] = [];
  return {
    started,
    start(input) {
      started.push(input);
      const job = captureJob({ id: `job-${jobs.length + 1}`, label: input.kind === 'url' ? input.url : input.kind, state: 'queued' });
      jobs.push(job);
      return job;
    },
    cancel: vi.fn(),
    jobs: () => jobs,
    settled: async (jobId) => jobs.find((job) => job.id === jobId)!,
    onProgress: () => () => undefined,
    close: async () => undefined,
  };
}

/** Everything createHandlers needs, faked; tests override what they are about. */
export function handlerDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    library: fakeLibrary(),
    capture: fakeCapture(),
    pickFiles: vi.fn(async () => []),
    openExternal: vi.fn(async () => undefined),
    assetBaseUrl: () => 'archive-asset://',
    chooseSavePath: vi.fn(async () => null),
    writeClipboard: vi.fn(async () => undefined),
    ...overrides,
  };
}
