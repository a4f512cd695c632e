#!/usr/bin/env node
// The news-archive command: runs the command line that `npm run build` bundles into out/main/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
const [major, minor] = process.versions.node.split('.').map(Number);
// What the capture libraries need (jsdom 31: 22.22+ or 24+); npx runs the project's own Node 24.
const nodeIsRecent = major >= 24 || (major === 22 && minor >= 22);

if (!nodeIsRecent) {
  process.stderr.write(`news-archive needs Node.js 24 (this is ${process.version}): run it as \`npx news-archive\`, which uses the project's own Node.\n`);
  process.exitCode = 1;
} else if (!existsSync(cli)) {
  process.stderr.write('news-archive is not built yet: run `npm run build` first.\n');
  process.exitCode = 1;
} else {
  await import(cli.href);
}
