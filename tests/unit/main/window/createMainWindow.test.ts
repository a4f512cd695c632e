import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

const created = vi.hoisted(() => ({ options: [] as unknown[], loaded: [] as string[] }));

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      created.options.push(options);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      created.loaded.push(url);
    }
  },
}));

const { createMainWindow } = await import('../../../../src/main/window');

describe('createMainWindow', () => {
  beforeEach(() => {
    created.options.length = 0;
    created.loaded.length = 0;
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://news-archive/index.html' });
  });
  const webPreferences = () => (created.options[0] as BrowserWindowConstructorOptions).webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('sets %s to %s', (name, value) => {
    expect(webPreferences()[name]).toBe(value);
  });

  it('loads the given preload, and no other script is injected', () => {
    expect(webPreferences().preload).toBe('/app/out/preload/index.cjs');
    expect(webPreferences()).not.toHaveProperty('additionalArguments');
    expect(webPreferences()).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the start URL', () => {
    expect(created.loaded).toEqual(['app://news-archive/index.html']);
  });
});
