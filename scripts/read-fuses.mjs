#!/usr/bin/env node
// Reads the fuses back from a packaged app and fails if any differs from scripts/fuses.mjs.
// Usage: node scripts/read-fuses.mjs <News Archive.app | News Archive.exe | linux-unpacked/news-archive>
import { existsSync } from 'node:fs';
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseMismatches, requiredFuses } from './fuses.mjs';

const app = process.argv[2];
if (!app || !existsSync(app)) {
  console.error(app ? `No packaged app at ${app}.` : 'Usage: node scripts/read-fuses.mjs <packaged app>');
  process.exit(2);
}

const mismatches = fuseMismatches(await getCurrentFuseWire(app));
for (const mismatch of mismatches) console.error(`✗ ${mismatch}`);
if (mismatches.length > 0) process.exit(1);
console.log(`✓ all ${Object.keys(requiredFuses).length} fuses as required in ${app}`);
