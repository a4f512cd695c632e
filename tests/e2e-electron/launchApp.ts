import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');

export interface LaunchedApp {
  app: ElectronApplication;
  libraryDir: string;
  close(): Promise<void>;
}

/** Starts the built app (out/) with the given binary against a fresh library folder of its own. */
export async function launchApp(executablePath: string): Promise<LaunchedApp> {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('The app is not built: run `npm run build` first.');
  const libraryDir = await mkdtemp(join(tmpdir(), 'news-archive-e2e-'));
  // The built renderer, never a dev server.
  const inherited = Object.entries(process.env).filter(([name, value]) => name !== 'ELECTRON_RENDERER_URL' && value !== undefined);
  const env = { ...(Object.fromEntries(inherited) as Record<string, string>), NEWS_ARCHIVE_LIBRARY: libraryDir };
  const app = await electron.launch({
    executablePath,
    // Chromium refuses to run as root with its OS sandbox (CI containers); our own
    // webPreferences.sandbox, which these tests check, is unaffected.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env,
  });
  return {
    app,
    libraryDir,
    async close() {
      await app.close();
      await rm(libraryDir, { recursive: true, force: true });
    },
  };
}
