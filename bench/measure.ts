import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface Timings {
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

export interface OperationsResult {
  timings: Timings;
  /** The longest the event loop was blocked while the operations ran... */
  longestBlockMs: number;
  /** ...and the longest garbage-collection pause meanwhile, which such a block may be, rather than our code. */
  longestGcMs: number;
}

/** Runs `times` awaited operations one after another and times them. */
export async function timeOperations(times: number, operation: (i: number) => Promise<unknown>): Promise<OperationsResult> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let longestGcMs = 0;
  const gc = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longestGcMs = Math.max(longestGcMs, entry.duration))));
  gc.observe({ entryTypes: ['gc'] });
  const samples: number[] = [];
  loop.enable();
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await operation(i);
    samples.push(performance.now() - start);
  }
  loop.disable();
  await new Promise((done) => setImmediate(done)); // let the observer deliver the last entries
  gc.disconnect();
  return { timings: summarize(samples), longestBlockMs: loop.max / 1e6, longestGcMs };
}
