import { describe, expect, it } from 'vitest';
import { originOf } from '../../../../src/main/security/origin';

describe('originOf', () => {
  it('keeps scheme, host and port, also for custom schemes', () => {
    expect(originOf('app://news-archive/index.html')).toBe('app://news-archive');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('ws://localhost:5173/?token=x')).toBe('ws://localhost:5173');
  });

  it('tells hosts apart', () => {
    expect(originOf('app://news-archive.evil/')).not.toBe(originOf('app://news-archive/'));
  });

  it('has no origin for unparsable or host-less URLs', () => {
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf('about:srcdoc')).toBeUndefined();
    expect(originOf('file:///etc/passwd')).toBeUndefined();
  });
});
