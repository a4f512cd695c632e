import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../main/ipc/dispatch';
import { mimeTypeOf } from '../main/protocol/mimeTypeOf';
import { resolveInside } from '../main/protocol/resolveInside';
import { contentSecurityPolicy } from '../main/security/contentSecurityPolicy';
import { createEventStream, type EventStream } from './eventStream';
import { BRIDGE_PATH, EVENTS_PATH, RPC_PATH } from './protocol';
import { ASSETS_PATH, harnessAssetFile } from './harnessAssets';
import { MAX_BODY_BYTES, readJsonBody } from './readJsonBody';
import { checkHost, checkRpc, checkToken, type GuardConfig, type Refusal } from './requestGuard';
import { createSessionToken, tokenCookie, tokensMatch } from './sessionToken';

export interface HarnessServerOptions {
  dispatch: Dispatch;
  /** The built renderer (its index.html and assets). */
  rendererDir: string;
  /** The built bridge script that installs window.archive in the page. */
  bridgeFile: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The library's content folder, whose saved images are served at /assets/. */
  contentDir?: string;
}

export interface HarnessServer {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  /** Where library events go out to the pages. */
  events: EventStream;
  close(): Promise<void>;
}

/** A dropped file travels to capture:start as base64 (up to 30 MB); every other call stays under the small limit. */
const CAPTURE_BODY_BYTES = 32 * 1024 * 1024;

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Serves the built renderer and carries its calls to `dispatch`, on loopback only. The first visit
 * trades the `?token=` of the printed address for an HttpOnly cookie; every request after that
 * needs it. See requestGuard for the checks each request passes.
 */
export async function startHarnessServer({ dispatch, rendererDir, bridgeFile, port = 0, contentDir }: HarnessServerOptions): Promise<HarnessServer> {
  const token = createSessionToken();
  const events = createEventStream();
  const guard: GuardConfig = { port, token };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      console.error('harness: request failed', error);
      if (!response.headersSent) sendText(response, 500, 'The harness failed to answer; see its log.');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${guard.port}`);
    const isRpc = url.pathname.startsWith(RPC_PATH);
    const refuse = (refusal: Refusal) =>
      isRpc
        ? sendJson(response, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } })
        : sendText(response, refusal.status, refusal.message);

    const wrongHost = checkHost(request.headers, guard);
    if (wrongHost) return refuse(wrongHost);

    if (request.method === 'GET' && url.searchParams.has('token')) {
      if (!tokensMatch(url.searchParams.get('token'), token)) return sendText(response, 401, 'That access token is not this harness’s.');
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      response.writeHead(303, { 'Set-Cookie': tokenCookie(guard.port, token), Location: url.pathname });
      return void response.end();
    }

    const noToken = checkToken(request.headers, guard);
    if (noToken) return refuse(noToken);

    if (isRpc) {
      if (request.method !== 'POST') return refuse({ status: 405, code: 'invalid-input', message: 'Calls are POST requests.' });
      const badCall = checkRpc(request.headers, guard);
      if (badCall) return refuse(badCall);
      const channel = url.pathname.slice(RPC_PATH.length);
      const body = await readJsonBody(request, channel === 'capture:start' ? CAPTURE_BODY_BYTES : MAX_BODY_BYTES);
      if (!body.ok) return refuse(body.refusal);
      if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
        return refuse({ status: 400, code: 'invalid-input', message: 'A call sends a JSON object: {"input": …}.' });
      }
      const input = (body.value as { input?: unknown }).input;
      return sendJson(response, 200, await dispatch(channel, input));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Only GET is served here.');
    if (url.pathname === EVENTS_PATH) return events.attach(response);
    if (url.pathname === BRIDGE_PATH) return sendFile(response, bridgeFile);
    if (url.pathname === '/' || url.pathname === '/index.html') return sendIndex(response, rendererDir);
    if (contentDir && url.pathname.startsWith(ASSETS_PATH)) {
      const asset = await harnessAssetFile(contentDir, url.pathname);
      return asset ? sendFile(response, asset) : sendText(response, 404, 'Not found.');
    }
    const file = await resolveInside(rendererDir, url.pathname);
    if (!file || !(await stat(file)).isFile()) return sendText(response, 404, 'Not found.');
    return sendFile(response, file);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  guard.port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${guard.port}/?token=${token}`,
    token,
    port: guard.port,
    events,
    close: () =>
      new Promise<void>((resolve, reject) => {
        events.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The renderer's page with the bridge script put before the app's own, so window.archive exists
 * when the app starts. It is a same-origin file, so the CSP's `script-src 'self'` admits it, and
 * the page carries the same CSP header Electron gives it.
 */
async function sendIndex(response: ServerResponse, rendererDir: string): Promise<void> {
  const html = await readFile(`${rendererDir}/index.html`, 'utf8');
  const at = html.indexOf('<script');
  if (at < 0) throw new Error(`${rendererDir}/index.html has no <script>; is it a renderer build?`);
  const withBridge = `${html.slice(0, at)}<script src="${BRIDGE_PATH}"></script>\n    ${html.slice(at)}`;
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy() });
  response.end(withBridge);
}

async function sendFile(response: ServerResponse, file: string): Promise<void> {
  const body = await readFile(file);
  response.writeHead(200, { 'Content-Type': mimeTypeOf(file) });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
