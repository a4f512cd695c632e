import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  /** The address of `path` on this server, at 127.0.0.1 or under another host name that tests resolve to it. */
  url(path: string, host?: string): string;
  port: number;
  /** Every request received, as "METHOD /path", with its headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 and a free port, answering each path with its route (404 otherwise). */
export async function startTestServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes[path.split('?')[0]!];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A route that sends `body` with these headers. */
export const send =
  (body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }, status = 200): Route =>
  (_request, response) => {
    response.writeHead(status, headers).end(body);
  };

export const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location }).end();
  };
