import { describe, expect, it } from 'vitest';
import { createSessionToken, presentedToken, tokenCookieName, tokensMatch } from '../../../src/harness/sessionToken';

describe('the session token', () => {
  it('is 32 random bytes, new every run', () => {
    const token = createSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(createSessionToken()).not.toBe(token);
  });

  it('matches only exactly', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abd', 'abc')).toBe(false);
    expect(tokensMatch('ab', 'abc')).toBe(false);
    expect(tokensMatch(null, 'abc')).toBe(false);
    expect(tokensMatch('', 'abc')).toBe(false);
  });

  it('is read from this port’s cookie or the token header, not another port’s cookie', () => {
    expect(presentedToken({ cookie: `a=1; ${tokenCookieName(8000)}=t0k=n` }, 8000)).toBe('t0k=n');
    expect(presentedToken({ cookie: `${tokenCookieName(8001)}=other` }, 8000)).toBeNull();
    expect(presentedToken({ 'x-news-archive-token': 'h' }, 8000)).toBe('h');
  });
});
