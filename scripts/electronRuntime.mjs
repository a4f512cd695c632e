import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron binary is, or undefined while the `electron` package has not downloaded it
 * yet (Electron >= 44 fetches it lazily). Mirrors the package's own check in its install.js:
 * dist/version names this version and path.txt names a file that exists. ELECTRON_EXEC_PATH,
 * which electron-vite honours, wins when it points at a file.
 */
export function findElectronBinary({ env, packageDir, version, readText, exists }) {
  if (env.ELECTRON_EXEC_PATH) return exists(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : undefined;
  const installedVersion = readText(join(packageDir, 'dist', 'version'))?.trim().replace(/^v/, '');
  const relativePath = readText(join(packageDir, 'path.txt'))?.trim();
  if (installedVersion !== version || !relativePath) return undefined;
  const binary = join(packageDir, 'dist', relativePath);
  return exists(binary) ? binary : undefined;
}

/** The installer's own words, cut to one line: its first line that is not a stack frame. */
export function installFailureReason({ status, signal, error, stderr }) {
  if (error) return error.message;
  const firstLine = (stderr ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  if (firstLine) return firstLine.replace(/^[A-Z]\w*Error: /, '').slice(0, 200);
  return signal ? `the installer was stopped by ${signal}` : `the installer exited with code ${status}`;
}

export function cannotStartMessage(reason) {
  return (
    `News Archive cannot start: the Electron runtime is not installed and could not be downloaded (${reason}). ` +
    'Connect to the internet and run npm start again.'
  );
}

/** The binary of the `electron` package this project depends on, read from the real file system. */
export function locateElectronBinary(env = process.env) {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('electron/package.json');
  return findElectronBinary({
    env,
    packageDir: dirname(manifest),
    version: require(manifest).version,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    exists: existsSync,
  });
}

/** Electron's own installer, which `npm start` runs when the binary is missing. */
export function electronInstallerPath() {
  return createRequire(import.meta.url).resolve('electron/install.js');
}
