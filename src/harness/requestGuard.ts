import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorCode } from '../shared/ipc/result';
import { RPC_HEADER } from './protocol';
import { presentedToken, tokensMatch } from './sessionToken';

export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

export interface GuardConfig {
  port: number;
  token: string;
}

const refuse = (status: number, code: ErrorCode, message: string): Refusal => ({ status, code, message });

/** Every request first: a DNS-rebinding page reaches us under its own host name, so only ours is answered. */
export function checkHost(headers: IncomingHttpHeaders, { port }: GuardConfig): Refusal | null {
  if (headers.host === `127.0.0.1:${port}`) return null;
  return refuse(421, 'forbidden-sender', `This harness answers only at 127.0.0.1:${port}.`);
}

/** Every request then carries the session token, in the cookie the first visit set or in a header. */
export function checkToken(headers: IncomingHttpHeaders, { port, token }: GuardConfig): Refusal | null {
  if (!tokensMatch(presentedToken(headers, port), token)) {
    return refuse(401, 'forbidden-sender', 'Open the address the harness printed: it carries the access token.');
  }
  return null;
}

/**
 * Calls that reach the library additionally need: no foreign Origin, our custom header and a JSON
 * body. Browsers send none of those cross-site without a CORS preflight, which we never grant.
 */
export function checkRpc(headers: IncomingHttpHeaders, { port }: GuardConfig): Refusal | null {
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) {
    return refuse(403, 'forbidden-sender', 'Calls from other sites are refused.');
  }
  if (headers[RPC_HEADER] !== '1') {
    return refuse(403, 'forbidden-sender', `A call must carry the ${RPC_HEADER} header.`);
  }
  const contentType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return refuse(415, 'invalid-input', 'A call must send its input as application/json.');
  }
  return null;
}
