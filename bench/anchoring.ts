import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// Targets (issue #6): highlights re-anchored 100% after a re-render or a re-save, >= 95% and none wrong after
// small edits; anchoring fast on 200 K character articles. The study needs a DOM, so it runs as the renderer's
// (jsdom) vitest test, which prints its table and timings; this runs it and shows them.
const ROOT = resolve(import.meta.dirname, '..');
const STUDY = 'tests/unit/renderer/annotations/anchoring/anchoringStudy.test.ts';

export function run(): void {
  console.log('\nanchoring study (issue 6), through vitest in jsdom:');
  const result = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', STUDY, '--project', 'renderer', '--reporter', 'dot'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) console.log(`  the study failed (exit ${result.status})`);
}
