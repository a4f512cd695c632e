import { readFile, stat } from 'node:fs/promises';
import { mimeTypeOf } from './mimeTypeOf';
import { resolveInside } from './resolveInside';

export interface ServeDirectoryOptions {
  /** The folder whose files are served; nothing outside it ever is. */
  root: string;
  /** The only host answered; another host would be another origin with the same files. */
  host: string;
  /** Added to every response, e.g. the Content-Security-Policy (webRequest never sees custom schemes). */
  headers: Record<string, string>;
}

/** A `protocol.handle` handler serving the files of one folder, read-only. `/` serves index.html. */
export function serveDirectory({ root, host, headers }: ServeDirectoryOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers });
    const url = new URL(request.url);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const file = url.host === host ? await resolveInside(root, path) : undefined;
    if (!file || !(await stat(file)).isFile()) return new Response(null, { status: 404, headers });
    return new Response(await readFile(file), {
      headers: { ...headers, 'Content-Type': mimeTypeOf(file), 'X-Content-Type-Options': 'nosniff' },
    });
  };
}
