import { send, startTestServer, type TestServer } from '../../main/core/capture/fetch/testServer';

/** A 1x1 PNG: the smallest image that is really one. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A local news site at 127.0.0.1: the story at /news/rivers.html and its image. */
export function startNewsServer(): Promise<TestServer> {
  return startTestServer({
    '/news/rivers.html': (request, response) => send(newsPage(`http://${request.headers.host}`))(request, response),
    '/images/flood.png': send(PIXEL, { 'content-type': 'image/png' }),
  });
}

/** A news page as a site serves it: metadata in the head, clutter around the story, one image in the body. */
export function newsPage(origin: string): string {
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Rivers rise across the valley | Example News</title>
<meta property="og:title" content="Rivers rise across the valley">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Ada Reporter">
<meta property="article:published_time" content="2025-03-18T08:00:00+01:00">
<link rel="canonical" href="${origin}/news/rivers.html?utm_source=feed">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Rivers rise across the valley</h1>
<p>The water came fast in the night, and by morning the lower streets of the old town stood a metre deep in brown water.</p>
<figure><img src="/images/flood.png" alt="The flooded square"><figcaption>The square at dawn.</figcaption></figure>
<p>Residents who had lived through the floods of 2002 said this one rose quicker, and that the warnings came later than they should have.</p>
<p>Engineers from the regional authority spent the day checking the embankments upstream, where two sections had given way overnight.</p>
<p>The mayor asked people to stay away from the river banks until the level falls, which forecasters expect by the end of the week.</p>
</article>
<aside>Sign up for our newsletter</aside>
</body></html>`;
}
