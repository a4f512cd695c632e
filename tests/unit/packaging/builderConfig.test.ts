import { existsSync, readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; version: string; author?: { email?: string } };

type Targets = string | { target: string; arch?: string | string[] } | Array<string | { target: string; arch?: string | string[] }>;
type Resources = NonNullable<Configuration['mac']>['extraResources'];

/** Each target named with its architectures: { dmg: ['x64', 'arm64'], ... }. */
function targetArches(targets: unknown): Record<string, string[]> {
  return Object.fromEntries(
    [targets as Targets].flat().map((target) => (typeof target === 'string' ? [target, []] : [target.target, [target.arch ?? []].flat()])),
  );
}

/** The file patterns, as plain strings or in the { filter } form electron-builder's loader normalises them to. */
function filePatterns(files: Configuration['files']): string[] {
  return [files ?? []].flat().flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
}

function resourceSources(resources: Resources): string[] {
  return [resources ?? []].flat().map((resource) => (typeof resource === 'string' ? resource : resource.from!));
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  beforeAll(async () => {
    // electron-builder's own loader and schema check: what `npm run package` will read.
    config = await getConfig('.', 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('names the app: id, product name, version from package.json, copyright, a deb maintainer', () => {
    expect(config.appId).toBe('org.newsarchive.app');
    expect(config.productName).toBe(manifest.productName);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config).not.toHaveProperty('extraMetadata.version');
    expect(config.copyright).toContain('News Archive');
    expect(manifest.author?.email).toMatch(/@/);
  });

  it('targets macOS dmg and zip for Intel and Apple silicon, Windows NSIS, Linux AppImage and deb', () => {
    expect(targetArches(config.mac!.target)).toEqual({ dmg: ['x64', 'arm64'], zip: ['x64', 'arm64'] });
    expect(targetArches(config.win!.target)).toEqual({ nsis: ['x64'] });
    expect(targetArches(config.linux!.target)).toEqual({ AppImage: ['x64'], deb: ['x64'] });
  });

  it('installs per user on Windows, keeps the library on uninstall, and runs hardened on macOS', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, createDesktopShortcut: true, createStartMenuShortcut: true, deleteAppDataOnUninstall: false });
    expect(config.mac).toMatchObject({ hardenedRuntime: true, category: 'public.app-category.news' });
    expect(config.linux?.category).toBe('Office');
  });

  it('packs only the built app into an asar', () => {
    expect(config.asar).toBe(true);
    const patterns = filePatterns(config.files);
    expect(patterns).toContain('out/**');
    expect(patterns.filter((pattern) => /^(src|tests|bench|scripts)\b/.test(pattern))).toEqual([]);
  });

  it('sets the fuses in its afterPack hook, and leaves them to no one else', async () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    const hook = (await import('../../../scripts/after-pack.mjs')).default;
    expect(hook).toBeTypeOf('function');
    expect(config.electronFuses).toBeUndefined();
  });

  it('names only files that exist: icons, entitlements, the hook and the command-line launchers', () => {
    const named = [
      config.mac!.icon,
      config.win!.icon,
      config.linux!.icon,
      config.mac!.entitlements,
      config.mac!.entitlementsInherit,
      config.afterPack,
      ...resourceSources(config.mac!.extraResources),
      ...resourceSources(config.win!.extraResources),
      ...resourceSources(config.linux!.extraResources),
    ];
    expect(named.every((path) => typeof path === 'string')).toBe(true);
    expect(named.filter((path) => !existsSync(path as string))).toEqual([]);
    expect(resourceSources(config.win!.extraResources)).toEqual(['resources/cli/news-archive.cmd']);
  });
});
