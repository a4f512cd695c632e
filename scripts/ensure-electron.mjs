// Makes sure the Electron binary is on disk before electron-vite looks for it (it would fail with
// "Electron uninstall"). Runs Electron's own installer when needed; if that cannot download,
// explains in one sentence and exits 1, without a stack trace.
import { spawnSync } from 'node:child_process';
import { cannotStartMessage, electronInstallerPath, installFailureReason, locateElectronBinary } from './electronRuntime.mjs';

if (!locateElectronBinary()) {
  console.log('Installing the Electron runtime (first start only)...');
  const install = spawnSync(process.execPath, [electronInstallerPath()], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (install.status !== 0 || !locateElectronBinary()) {
    console.error(cannotStartMessage(installFailureReason(install)));
    process.exit(1);
  }
}
