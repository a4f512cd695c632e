import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { createCaptureService } from '../../../../../src/main/core/capture/captureService';
import type { CaptureService } from '../../../../../src/main/core/capture/types';
import type { Library } from '../../../../../src/main/core/library/library';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import type { CaptureJob } from '../../../../../src/shared/model/capture';
import { makeTempDir } from '../support/fixtures';
import { fakeExtractor, fakeSources } from './captureFakes';

export const NOW = new Date('2025-03-18T10:00:00.000Z');

/** Each test gets a fresh library in its own folder and a service over it, closed after the test. */
export function useCaptureService() {
  const state = {} as { dir: string; library: Library; service?: CaptureService; cleanup: () => Promise<void> };
  beforeEach(async () => {
    ({ dir: state.dir, cleanup: state.cleanup } = await makeTempDir());
    state.library = await openLibrary({ dir: state.dir });
  });
  afterEach(async () => {
    await state.service?.close();
    state.service = undefined;
    await state.library.close();
    await state.cleanup();
  });

  return {
    get dir() {
      return state.dir;
    },
    get library() {
      return state.library;
    },
    start({ sources = fakeSources(), concurrency }: { sources?: ReturnType<typeof fakeSources>; concurrency?: number } = {}) {
      const extractor = fakeExtractor();
      const log = vi.fn();
      const service = createCaptureService({ library: state.library, extractor, sources, clock: () => NOW, log, concurrency });
      state.service = service;
      const events: CaptureJob[] = [];
      service.onProgress((job) => events.push(job));
      return { service, events, extractor, sources, log };
    },
    /** Every content folder and staged draft: what a failed or cancelled save must not leave. */
    async contentEntries(): Promise<string[]> {
      const entries = await readdir(join(state.dir, 'content'), { recursive: true }).catch(() => []);
      return entries.filter((entry) => entry !== '.staging');
    },
  };
}

/** The name an image is stored under: the start of its SHA-256 and its type's extension. */
export const imageName = (bytes: Uint8Array, ext = 'png') => `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;

/** The steps of one job as the listeners saw them, images counted. */
export const stepsOf = (events: CaptureJob[], jobId: string) =>
  events.filter((event) => event.id === jobId).map((event) => (event.state === 'images' ? `images ${event.images!.done}/${event.images!.total}` : event.state));
