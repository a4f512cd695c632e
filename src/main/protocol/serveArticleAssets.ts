import { readFile } from 'node:fs/promises';
import { articleAssetFile } from './articleAssetFile';
import { mimeTypeOf } from './mimeTypeOf';

// An image needs no policy of its own; this one keeps anything else from doing harm if ever served.
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'" };

/** A `protocol.handle` handler for `archive-asset://<article id>/images/<file>`: saved images, read-only. */
export function serveArticleAssets(contentDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: HEADERS });
    const url = new URL(request.url);
    const file = await articleAssetFile(contentDir, url.host, url.pathname);
    if (!file) return new Response(null, { status: 404, headers: HEADERS });
    return new Response(await readFile(file), { headers: { ...HEADERS, 'Content-Type': mimeTypeOf(file) } });
  };
}
