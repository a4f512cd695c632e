#!/usr/bin/env node
// npm run package: the installers for this OS in dist/. Checks the Electron runtime can be had,
// says whether the build will be signed, builds with electron-vite, then packages with electron-builder.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronInstallerPath, installFailureReason, locateElectronBinary } from './electronRuntime.mjs';
import { signingPlan } from './signing.mjs';

const require = createRequire(import.meta.url);

function run(script, args, env = process.env) {
  const { status } = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

// electron-builder downloads the same Electron release through the same cache: if Electron's own
// installer cannot fetch it, packaging cannot either, and one sentence says so instead of a stack trace.
if (!locateElectronBinary()) {
  const install = spawnSync(process.execPath, [electronInstallerPath()], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (install.status !== 0 || !locateElectronBinary()) {
    console.error(
      `News Archive cannot be packaged: the Electron runtime could not be downloaded (${installFailureReason(install)}). ` +
        'Connect to the internet and run npm run package again.',
    );
    process.exit(1);
  }
}

const signing = signingPlan(process.platform, process.env);
console.log(signing.summary);

// electron-vite exports no path to its command, so it is found beside its main module.
run(join(dirname(require.resolve('electron-vite')), '../bin/electron-vite.js'), ['build']);
const builderEnv = signing.signed ? process.env : { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
run(require.resolve('electron-builder/cli.js'), ['--publish', 'never', ...signing.builderArgs], builderEnv);
