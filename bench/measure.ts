import { monitorEventLoopDelay } from 'node:perf_hooks';

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

/** Runs `times` awaited operations one after another; returns their timings and the longest event-loop block meanwhile. */
export async function timeOperations(times: number, operation: (i: number) => Promise<unknown>): Promise<{ timings: Timings; longestBlockMs: number }> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const samples: number[] = [];
  loop.enable();
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await operation(i);
    samples.push(performance.now() - start);
  }
  loop.disable();
  return { timings: summarize(samples), longestBlockMs: loop.max / 1e6 };
}
