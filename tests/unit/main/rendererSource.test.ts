import { describe, expect, it } from 'vitest';
import { rendererSource } from '../../../src/main/rendererSource';

const production = { startUrl: 'app://news-archive/index.html', origin: 'app://news-archive' };

describe('rendererSource', () => {
  it('serves the built renderer from the app scheme by default', () => {
    expect(rendererSource(undefined, false)).toEqual(production);
  });

  it('uses the electron-vite dev server while developing', () => {
    expect(rendererSource('http://localhost:5173/', false)).toEqual({
      startUrl: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      devServer: { origin: 'http://localhost:5173', socketOrigin: 'ws://localhost:5173' },
    });
  });

  it('ignores the variable in a packaged app', () => {
    expect(rendererSource('http://localhost:5173/', true)).toEqual(production);
  });

  it.each(['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/index.html', 'nonsense'])(
    'ignores a dev server address that is not loopback http: %s',
    (url) => {
      expect(rendererSource(url, false)).toEqual(production);
    },
  );
});
