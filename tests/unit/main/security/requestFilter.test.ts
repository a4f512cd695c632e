import { describe, expect, it } from 'vitest';
import { requestFilter } from '../../../../src/main/security/requestFilter';

describe('requestFilter in production', () => {
  const isAllowed = requestFilter({});

  it('allows our app origin and saved assets', () => {
    expect(isAllowed('app://news-archive/index.html')).toBe(true);
    expect(isAllowed('app://news-archive/assets/index-abc.js')).toBe(true);
    expect(isAllowed('archive-asset://library/images/1.png')).toBe(true);
  });

  it.each([
    'https://example.com/tracker.png',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowed(url)).toBe(false);
  });
});

describe('requestFilter in development', () => {
  const isAllowed = requestFilter({ devServer: { origin: 'http://localhost:5173', socketOrigin: 'ws://localhost:5173' } });

  it('also allows the dev server, its socket and DevTools', () => {
    expect(isAllowed('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isAllowed('ws://localhost:5173/?token=abc')).toBe(true);
    expect(isAllowed('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('still cancels other ports and the web', () => {
    expect(isAllowed('http://localhost:8080/')).toBe(false);
    expect(isAllowed('https://example.com/')).toBe(false);
  });
});
