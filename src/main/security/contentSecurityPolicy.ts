import { ASSET_SCHEME } from '../protocol/schemes';

export interface DevServer {
  /** `http://localhost:5173`, the Vite dev server. */
  origin: string;
  /** `ws://localhost:5173`, its hot-reload socket. */
  socketOrigin: string;
}

/**
 * The renderer's Content-Security-Policy: everything denied by default, scripts, styles, fonts and
 * connections only from our own origin, images also from the saved-asset scheme.
 *
 * The reader's `<iframe sandbox srcdoc>` inherits this policy (srcdoc documents have no response
 * of their own), so article images must pass `img-src` here and article styles must come from a
 * stylesheet of ours. `frame-src 'none'` does not stop the srcdoc frame: it is never fetched.
 *
 * Development only: Vite's React preamble is an inline script, its CSS arrives as inline `<style>`
 * and its hot reload uses a websocket, so those three are allowed for the dev server alone.
 */
export function contentSecurityPolicy(devServer?: DevServer): string {
  const inline = devServer ? " 'unsafe-inline'" : '';
  const directives = [
    "default-src 'none'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    `img-src 'self' ${ASSET_SCHEME}:`,
    "font-src 'self'",
    `connect-src 'self'${devServer ? ` ${devServer.socketOrigin}` : ''}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
