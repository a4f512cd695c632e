import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStandInElectronDist } from './standInElectron';

// electron-builder packs the real configuration around a stand-in Electron (the real one cannot be
// downloaded here): files, asar, launchers and the afterPack fuses, all but the installers themselves.
const built = existsSync('out/main/index.js') && existsSync('out/renderer/index.html');

describe.skipIf(!built)('packing the app with a stand-in Electron (skipped: run npm run build first)', () => {
  const work = mkdtempSync(join(tmpdir(), 'pack-'));
  const appDir = join(work, 'dist', 'linux-unpacked');
  let asarFiles: string[];

  beforeAll(() => {
    const electronDist = writeStandInElectronDist(join(work, 'electron'));
    const args = ['--linux', '--dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(work, 'dist')}`];
    const result = spawnSync(process.execPath, ['node_modules/electron-builder/cli.js', ...args], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    asarFiles = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the bundles, the preload and the renderer into app.asar', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/cli.js', '/out/main/extractWorker.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(asarFiles).toContain(file);
    }
  });

  it('leaves out sources, tests, the harness, dev dependencies and what the bundles already hold', () => {
    const unwanted = /^\/(src|tests|bench|scripts|out\/harness|node_modules\/(zod|lowdb|steno|react|electron|vitest))\//;
    expect(asarFiles.filter((file) => unwanted.test(file))).toEqual([]);
  });

  it('ships the command-line launcher, executable, and the fuses set', () => {
    accessSync(join(appDir, 'resources', 'cli', 'news-archive'), constants.X_OK);
    const fuses = spawnSync(process.execPath, ['scripts/read-fuses.mjs', join(appDir, 'news-archive')], { encoding: 'utf8' });
    expect(fuses.status, fuses.stderr).toBe(0);
  });
});
