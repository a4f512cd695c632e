import { expect, test, type Page } from '@playwright/test';
import { locateElectronBinary } from '../../scripts/electronRuntime.mjs';
import { channelNames, eventNames } from '../../src/shared/ipc/channels';
import type { Api } from '../../src/shared/ipc/contract';
import { launchApp, type LaunchedApp } from './launchApp';
import { electronSkipReason } from './reportSkipReason';

/**
 * The page globals these tests read. This folder compiles without DOM types (they would leak into
 * main's typecheck), so each page.evaluate callback casts globalThis to this shape.
 */
interface PageGlobals {
  archive: Api;
  require?: unknown;
  process?: unknown;
  __inlineRan?: boolean;
  location: { href: string };
  open(url: string): unknown;
  document: { createElement(tag: 'script'): { textContent: string }; head: { append(node: unknown): void } };
}

const binary = locateElectronBinary();
const skipReason = electronSkipReason();
test.skip(skipReason !== undefined, skipReason);

let launched: LaunchedApp;
let page: Page;

test.beforeAll(async () => {
  launched = await launchApp(binary!);
  page = await launched.app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});
test.afterAll(async () => launched?.close());

test('the window opens on the built renderer and shows the app', async () => {
  expect(page.url()).toBe('app://news-archive/index.html');
  await expect(page).toHaveTitle('News Archive');
  await expect(page.locator('#root > *').first()).toBeVisible();
});

test('the bridge reaches the library given in NEWS_ARCHIVE_LIBRARY', async () => {
  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).archive.library.info());
  expect(info).toMatchObject({ ok: true, value: { path: launched.libraryDir } });
});

test('the window runs with the secure webPreferences', async () => {
  // getLastWebPreferences is undocumented but kept by Electron for exactly this kind of check.
  const preferences = await launched.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => unknown };
    return contents?.getLastWebPreferences?.() ?? 'getLastWebPreferences is not available';
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  });
});

test('the renderer has no Node and sees exactly the contract on window.archive', async () => {
  const globals = await page.evaluate(() => {
    const win = globalThis as unknown as PageGlobals;
    return { require: typeof win.require, process: typeof win.process, keys: Object.keys(win.archive).sort() };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    keys: [...Object.keys(channelNames), ...Object.keys(eventNames)].sort(),
  });
});

test('the renderer is served with the strict CSP, which blocks inline scripts', async () => {
  const csp = await page.evaluate(async () => (await fetch((globalThis as unknown as PageGlobals).location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self';");
  const ranInline = await page.evaluate(() => {
    const win = globalThis as unknown as PageGlobals;
    const script = win.document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    win.document.head.append(script);
    return win.__inlineRan === true;
  });
  expect(ranInline).toBe(false);
});

test('window.open is denied and opens no window', async () => {
  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('about:blank') !== null);
  expect(opened).toBe(false);
  expect(await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('navigation away from the app is denied', async () => {
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.invalid/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://news-archive/index.html');
});

test('requests to the network are cancelled', async () => {
  const reached = await page.evaluate(async () => {
    try {
      await fetch('https://example.invalid/pixel.gif', { mode: 'no-cors' });
      return true;
    } catch {
      return false;
    }
  });
  expect(reached).toBe(false);
});
