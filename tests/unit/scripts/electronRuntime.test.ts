import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotStartMessage, findElectronBinary, installFailureReason } from '../../../scripts/electronRuntime.mjs';

const packageDir = '/app/node_modules/electron';
function lookup(files: Record<string, string>, env: Record<string, string> = {}) {
  return findElectronBinary({
    env,
    packageDir,
    version: '45.3.4',
    readText: (path) => files[path],
    exists: (path) => path in files,
  });
}
const installed = {
  [join(packageDir, 'dist', 'version')]: 'v45.3.4\n',
  [join(packageDir, 'path.txt')]: 'electron',
  [join(packageDir, 'dist', 'electron')]: '<binary>',
};

describe('findElectronBinary', () => {
  it('finds the binary the package installed', () => {
    expect(lookup(installed)).toBe(join(packageDir, 'dist', 'electron'));
  });

  it('reports nothing before the first download', () => {
    expect(lookup({})).toBeUndefined();
  });

  it('reports nothing when dist holds another version', () => {
    expect(lookup({ ...installed, [join(packageDir, 'dist', 'version')]: '44.0.0' })).toBeUndefined();
  });

  it('reports nothing when path.txt names a file that is gone', () => {
    const withoutBinary = Object.fromEntries(Object.entries(installed).filter(([path]) => !path.endsWith('electron')));
    expect(lookup(withoutBinary)).toBeUndefined();
  });

  it('prefers ELECTRON_EXEC_PATH, as electron-vite does, but only when it exists', () => {
    expect(lookup({ '/opt/electron': '<binary>' }, { ELECTRON_EXEC_PATH: '/opt/electron' })).toBe('/opt/electron');
    expect(lookup(installed, { ELECTRON_EXEC_PATH: '/opt/missing' })).toBeUndefined();
  });
});

describe('installFailureReason', () => {
  it("keeps the installer's first line, without the error class or the stack", () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async download\n';
    expect(installFailureReason({ status: 1, signal: null, stderr })).toBe('fetch failed');
  });

  it('explains a spawn failure with its message', () => {
    expect(installFailureReason({ status: null, signal: null, error: new Error('spawn ENOENT'), stderr: '' })).toBe('spawn ENOENT');
  });

  it('falls back to the exit code or signal when the installer said nothing', () => {
    expect(installFailureReason({ status: 7, signal: null, stderr: '\n' })).toBe('the installer exited with code 7');
    expect(installFailureReason({ status: null, signal: 'SIGTERM', stderr: '' })).toBe('the installer was stopped by SIGTERM');
  });

  it('cuts a very long line', () => {
    expect(installFailureReason({ status: 1, signal: null, stderr: 'x'.repeat(1000) })).toHaveLength(200);
  });
});

describe('cannotStartMessage', () => {
  it('is one sentence that names the reason and the way out', () => {
    const message = cannotStartMessage('fetch failed');
    expect(message).toContain('(fetch failed)');
    expect(message).toContain('run npm start again');
    expect(message).not.toContain('\n');
  });
});
