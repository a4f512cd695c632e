import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack from '../../../scripts/after-pack.mjs';
import { fuseConfig, fuseMismatches, requiredFuses } from '../../../scripts/fuses.mjs';
import { packagedApps } from '../../../scripts/packagedApps.mjs';
import { electronDefaultFuses, wireOffset, writeStandInBinary } from './standInElectron';

function readFuses(app: string) {
  return spawnSync(process.execPath, ['scripts/read-fuses.mjs', app], { encoding: 'utf8' });
}

describe('the required fuses', () => {
  it('close run-as-node, NODE_OPTIONS and the inspector; open cookie encryption, ASAR integrity and ASAR-only', () => {
    expect(requiredFuses).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    const config = fuseConfig({ resetAdHocDarwinSignature: false });
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('name every fuse that differs', () => {
    const wire = { version: '1', ...Object.fromEntries(electronDefaultFuses.map((state, index) => [index, state])) } as never;
    expect(fuseMismatches(wire)).toEqual([
      'RunAsNode is enabled, must be disabled',
      'EnableCookieEncryption is disabled, must be enabled',
      'EnableNodeOptionsEnvironmentVariable is enabled, must be disabled',
      'EnableNodeCliInspectArguments is enabled, must be disabled',
      'EnableEmbeddedAsarIntegrityValidation is disabled, must be enabled',
      'OnlyLoadAppFromAsar is disabled, must be enabled',
    ]);
  });
});

describe('the afterPack hook and read-fuses.mjs', () => {
  it('read-fuses fails on a binary with Electron’s defaults, and passes once the hook has set the fuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuses-'));
    const binary = writeStandInBinary(join(dir, 'news-archive'));
    const before = readFuses(binary);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('RunAsNode is enabled, must be disabled');

    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'News Archive' }, executableName: 'news-archive' } });
    expect(fuseMismatches(await getCurrentFuseWire(binary))).toEqual([]);
    const after = readFuses(binary);
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout).toContain('all 6 fuses as required');
    // Fuses the list leaves alone keep Electron's setting.
    expect([...readFileSync(binary).subarray(wireOffset + 6, wireOffset + 9)]).toEqual(electronDefaultFuses.slice(6));
  });

  it('read-fuses says how to call it when the app is missing', () => {
    const result = readFuses('dist/nowhere/News Archive.exe');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No packaged app at dist/nowhere/News Archive.exe.');
  });

  // Only where `npm run package` could run (it needs the Electron download) is there an app in dist/ to read.
  const apps = packagedApps('dist', { productName: 'News Archive', executableName: 'news-archive' });
  it.skipIf(apps.length === 0)('the apps packaged in dist/ carry the required fuses (skipped: dist/ holds no packaged app)', () => {
    for (const app of apps) {
      const result = readFuses(app);
      expect(result.status, `${app}: ${result.stderr}`).toBe(0);
    }
  });
});
