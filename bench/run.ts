import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchLibrary, type LibraryResult } from './benchLibrary';
import { benchSingleFile } from './benchSingleFile';

// Targets (issue #2): mutation p95 < 10 ms at 10k and 100k; no block > 50 ms; open + first page < 150 ms at 10k.
const SIZES = [1_000, 10_000, 100_000];
const ms = (value: number) => value.toFixed(1).padStart(8);

async function inTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const results: LibraryResult[] = [];
for (const size of SIZES) results.push(await inTempDir((dir) => benchLibrary(dir, size)));

console.log('articles  open+page ms  mutation p50    p95     max  longest block ms  (longest GC ms)  records MB');
for (const r of results) {
  console.log(
    `${String(r.articles).padStart(8)}  ${ms(r.openToFirstPageMs)}    ${ms(r.mutation.p50)}${ms(r.mutation.p95)}${ms(r.mutation.max)}  ${ms(r.longestBlockMs)}        ${ms(r.longestGcMs)}      ${(r.recordsBytes / 1e6).toFixed(1).padStart(7)}`,
  );
}

const single = await inTempDir((dir) => benchSingleFile(dir, 10_000));
const sharded = results.find((r) => r.articles === 10_000)!;
console.log(`\nsingle lowdb file at 10,000: mutation p50 ${single.timings.p50.toFixed(1)} ms, p95 ${single.timings.p95.toFixed(1)} ms, longest block ${single.longestBlockMs.toFixed(1)} ms`);
console.log(`sharded is ${(single.timings.p95 / sharded.mutation.p95).toFixed(1)}x faster at p95`);
await (await import('./save')).run();
await (await import('./extraction')).run();
await (await import('./tags')).run();
await (await import('./anchoring')).run();
await (await import('./annotations')).run();
await (await import('./ui/uiBench')).run();
await (await import('./search')).run();
await (await import('./backup')).run();
