import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from './protocol';

/** A fresh secret per run: whoever holds it may use this harness and its library. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies ignore ports, so the name carries it: two harnesses on one machine keep their own. */
export const tokenCookieName = (port: number) => `news-archive-harness-${port}`;

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
export function tokensMatch(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries, from our cookie or the token header. */
export function presentedToken(headers: IncomingHttpHeaders, port: number): string | null {
  const header = headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  const name = tokenCookieName(port);
  for (const pair of (headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
