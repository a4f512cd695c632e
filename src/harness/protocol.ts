/**
 * What the harness server and its in-page bridge agree on. Runtime-neutral: the bridge is built
 * for the browser from this too.
 */

/** Must accompany every RPC: a cross-site form or simple request cannot set a custom header. */
export const RPC_HEADER = 'x-news-archive-rpc';

/** For non-browser clients (tests, scripts) that carry the token in a header instead of the cookie. */
export const TOKEN_HEADER = 'x-news-archive-token';

export const RPC_PATH = '/rpc/';
export const EVENTS_PATH = '/events';
export const BRIDGE_PATH = '/harness/bridge.js';
