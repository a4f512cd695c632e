import { vi } from 'vitest';
import type { CaptureService } from '../../src/main/core/capture/types';
import type { ImportService } from '../../src/main/core/import/apply/importService';
import { AppError } from '../../src/shared/ipc/result';
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

/** An import service with an empty, idle queue that refuses every file; tests of the imports domain bring a real one. */
export function fakeImports(): ImportService {
  const progress = { state: 'idle', fetched: 0, failed: 0, pending: 0, total: 0, etaSeconds: null } as const;
  const refuse = async (): Promise<never> => {
    throw new AppError('invalid-import', 'No file can be imported here.');
  };
  return {
    preview: refuse,
    start: refuse,
    progress: () => progress,
    links: () => [],
    pause: async () => undefined,
    resume: async () => undefined,
    cancel: async () => undefined,
    retryFailed: async () => 0,
    idle: async () => undefined,
    onProgress: () => () => undefined,
    close: async () => undefined,
  };
}

/** Everything createHandlers needs, faked; tests override what they are about. */
export function handlerDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    library: fakeLibrary(),
    capture: fakeCapture(),
    imports: fakeImports(),
    pickFiles: vi.fn(async () => []),
    pickImportFile: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    assetBaseUrl: () => 'archive-asset://',
    chooseSavePath: vi.fn(async () => null),
    writeClipboard: vi.fn(async () => undefined),
    chooseFolder: vi.fn(async () => null),
    moveLibrary: vi.fn(async (to: string) => ({ path: to, previous: '/library' })),
    showInFolder: vi.fn(async () => undefined),
    appVersion: '0.0.0-test',
    ...overrides,
  };
}
