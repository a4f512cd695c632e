// Runs Electronegativity (Doyensec's Electron security scanner) over the sources and the build
// output, and fails on any finding of MEDIUM severity or above that is not in the reviewed list
// below, or on any file it could not scan. Its CLI always exits 0, hence this script.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));

// The scanner walks JavaScript with estraverse, which predates ES2022 class private fields
// (`#queued`) and gives up on the whole file. Iterating over unknown nodes' children keeps the
// bundle scanned instead of silently skipped.
const estraverse = toolRequire('estraverse-fb');
const traverse = estraverse.traverse;
estraverse.traverse = (root, visitor) => traverse.call(estraverse, root, { fallback: 'iteration', ...visitor });

// It downloads translations with got and a 1 s timeout; got then retries a request whose promise
// already settled and throws from a timer (p-cancelable), killing the scan offline. No retries.
// (The scanner's Babel-compiled imports read got through `.default`.)
const got = toolRequire('got');
got.default = got.extend({ retry: 0 });

const scan = require('@doyensec/electronegativity');

/**
 * Findings a person has reviewed and found safe. Each names the check, the file and the flagged
 * code, so a new occurrence elsewhere still fails the build.
 */
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: /^(src\/main\/index\.ts|src\/main\/menu\/installMenu\.ts|out\/main\/index\.js)$/,
    code: 'shell.openExternal(url)',
    reason:
      'Every caller checks the URL first with isExternalWebUrl (http/https only, no credentials): ' +
      'hardenWebContents before handing a window.open target over, createHandlers before shell:openExternal, ' +
      'the Help menu before offering the project page.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: /^(src\/renderer\/src\/.*\.tsx?|out\/renderer\/assets\/index-[\w-]+\.js)$/,
    code: 'api.shell.openExternal({',
    reason:
      "The renderer's bridge call window.archive.shell.openExternal, not Electron's shell: main validates " +
      'the input with the contract schema and the URL with isExternalWebUrl.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: /^(src\/main\/window\.ts|out\/main\/index\.js)$/,
    code: 'preload: preloadPath',
    reason:
      'The preload (src/preload) exposes only window.archive: one function per contract channel and one ' +
      'subscription per event; listeners never receive the IPC event. Its bundle requires nothing but electron.',
  },
];

// The browser test harness builds into out/harness; it is a development tool, never shipped in the app.
const NOT_SHIPPED = /^out\/harness\//;

const MEDIUM = 2;
const electronVersion = require('electron/package.json').version;

let failed = false;
for (const input of ['src', 'out']) {
  const { issues, errors } = await scan({ input: resolve(input), isRelative: true, electronVersionOverride: electronVersion }, false);
  for (const error of errors.filter((e) => !e.tolerable)) {
    failed = true;
    console.error(`NOT SCANNED ${input}/${error.file}: ${error.message}`);
  }
  for (const issue of issues) {
    const file = issue.file === 'N/A' ? input : `${input}/${issue.file}`;
    if (NOT_SHIPPED.test(file)) continue;
    const reviewed = REVIEWED.find(
      (entry) => entry.check === issue.id && entry.file.test(file) && String(issue.sample ?? '').includes(entry.code),
    );
    const gating = issue.severity.value >= MEDIUM && !reviewed;
    failed ||= gating;
    const status = gating ? 'FAIL' : reviewed ? 'reviewed' : 'note';
    console.log(`${status.padEnd(8)} ${issue.severity.name} ${issue.id} ${file}:${issue.location.line}:${issue.location.column}`);
    console.log(`         ${reviewed ? reviewed.reason : issue.description}`);
  }
}

console.log(failed ? '\nElectronegativity: findings of MEDIUM severity or above need attention.' : '\nElectronegativity: no unreviewed findings of MEDIUM severity or above.');
// Exit now: the scanner's translation download may still hold a timer.
process.exit(failed ? 1 : 0);
