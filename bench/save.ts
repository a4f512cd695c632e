import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaptureService } from '../src/main/core/capture/captureService';
import { defaultCaptureSources } from '../src/main/core/capture/defaultSources';
import { createExtractorPool } from '../src/main/core/capture/extract/extractorPool';
import { extractWorkerEntry } from '../src/main/core/capture/extract/extractWorkerEntry';
import { openLibrary } from '../src/main/core/library/openLibrary';
import type { CaptureState } from '../src/shared/model/capture';
import { summarize } from './measure';
import { startNewsPageServer } from './newsPageServer';

const WARM_UP = 3;
const SAVES = 20;
const PHASES = ['fetch', 'extract', 'images', 'sanitize', 'store', 'total'] as const;
type Phase = (typeof PHASES)[number];

/**
 * Whole saves of a typical news page (HTML and 5 images of 100–300 KB) from a server on loopback,
 * one after another into a fresh library, as the app runs them: extraction in its worker, images
 * fetched four at a time. Each phase is timed from the job's progress events.
 */
export async function run(): Promise<void> {
  const server = await startNewsPageServer();
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-save-'));
  const library = await openLibrary({ dir });
  await library.settings.update({ allowLocalNetwork: true });
  const pool = createExtractorPool(extractWorkerEntry());
  let sanitizeMs = 0;
  const extractor = {
    extract: pool.extract,
    sanitize: async (...args: Parameters<typeof pool.sanitize>) => {
      const start = performance.now();
      const html = await pool.sanitize(...args);
      sanitizeMs = performance.now() - start;
      return html;
    },
  };
  const service = createCaptureService({ library, extractor, sources: defaultCaptureSources });
  const reached = new Map<CaptureState, number>();
  service.onProgress((job) => reached.has(job.state) || reached.set(job.state, performance.now()));

  const samples = Object.fromEntries(PHASES.map((phase) => [phase, [] as number[]])) as Record<Phase, number[]>;
  try {
    for (let i = 0; i < WARM_UP + SAVES; i++) {
      reached.clear();
      const job = await service.settled(service.start({ kind: 'url', url: `${server.origin}/story/s${i}` }).id);
      if (job.state !== 'done') throw new Error(`Save ${i} ended ${job.state}: ${job.error?.message}`);
      if (i < WARM_UP) continue;
      const at = (state: CaptureState) => reached.get(state)!;
      samples.fetch.push(at('extracting') - at('fetching'));
      samples.extract.push(at('images') - at('extracting'));
      samples.images.push(at('saving') - at('images'));
      samples.sanitize.push(sanitizeMs);
      samples.store.push(at('done') - at('saving') - sanitizeMs);
      samples.total.push(at('done') - at('queued'));
    }
  } finally {
    await service.close();
    await pool.close();
    await library.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }

  console.log(`\nwhole save of a news page with 5 images from loopback, ${SAVES} saves (ms): phase  median  p95`);
  for (const phase of PHASES) {
    const { p50, p95 } = summarize(samples[phase]);
    console.log(`  ${phase.padEnd(8)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)}`);
  }
}
