import { resolve } from 'node:path';
import { loadConfigFromFile } from 'electron-vite';
import { build } from 'vite';
import { BRIDGE_ENTRY, HARNESS_BRIDGE_DIR, HARNESS_RENDERER_DIR, REPO_ROOT } from './harnessPaths';

/**
 * Builds what the harness serves: the renderer, with exactly the renderer config electron-vite
 * uses (only the output folder differs), and the bridge script that stands in for the preload.
 */
export async function buildWebApp(): Promise<void> {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, REPO_ROOT, 'warn');
  const renderer = config.renderer ?? {};
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    root: resolve(REPO_ROOT, renderer.root ?? 'src/renderer'),
    build: { ...renderer.build, outDir: HARNESS_RENDERER_DIR, emptyOutDir: true },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO_ROOT,
    build: {
      outDir: HARNESS_BRIDGE_DIR,
      emptyOutDir: true,
      lib: { entry: BRIDGE_ENTRY, formats: ['iife'], name: 'newsArchiveHarnessBridge', fileName: () => 'bridge.js' },
    },
  });
}
