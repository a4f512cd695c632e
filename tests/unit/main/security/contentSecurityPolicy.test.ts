import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../src/main/security/contentSecurityPolicy';
import { ASSET_SCHEME } from '../../../../src/main/protocol/schemes';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('contentSecurityPolicy in production', () => {
  const policy = directives(contentSecurityPolicy());

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", `${ASSET_SCHEME}:`]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('has nothing else, and no inline, eval, wildcard or remote source anywhere', () => {
    expect(policy.size).toBe(11);
    const all = [...policy.values()].flat().join(' ');
    expect(all).not.toMatch(/unsafe|\*|https?:|data:|blob:/);
  });
});

describe('contentSecurityPolicy in development', () => {
  const policy = directives(contentSecurityPolicy({ origin: 'http://localhost:5173', socketOrigin: 'ws://localhost:5173' }));

  it("allows Vite's inline preamble and styles and its hot-reload socket, nothing more", () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  });
});
