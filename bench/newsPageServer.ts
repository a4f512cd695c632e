import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const IMAGES = 5;
const PARAGRAPH =
  'The council met late into the evening as residents filled the hall, many of them holding handwritten signs about the new housing plan. Officials said the budget would be revised before the vote next month, and that the changes would be published in full.';

/** JPEG-looking bytes (a JPEG's signature, then noise) of 100–300 KB: typed as JPEG by content, incompressible. */
const images = Array.from({ length: IMAGES }, (_, n) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(100_000 + n * 50_000)]));

/** A typical news page: head metadata, navigation and footer clutter, a 900-word story and five images. */
function newsPage(origin: string, story: string): string {
  const figure = (n: number) => `<figure><img src="/img/${n}.jpg" alt="Photo ${n}" width="800" height="533"><figcaption>Photo ${n} of the meeting.</figcaption></figure>`;
  const paragraphs = Array.from({ length: 22 }, (_, n) => `<p>${PARAGRAPH} (${story}, paragraph ${n + 1}.)</p>${n % 5 === 2 ? figure((n - 2) / 5 + 1) : ''}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council delays housing vote ${story} | Example News</title>
<link rel="canonical" href="${origin}/story/${story}"><meta property="og:image" content="${origin}/img/0.jpg">
<meta property="og:site_name" content="Example News"><meta name="author" content="Ada Reporter">
<meta property="article:published_time" content="2025-03-18T08:00:00+01:00"></head><body>
<header><nav>${Array.from({ length: 30 }, (_, n) => `<a href="/section/${n}">Section ${n}</a>`).join(' ')}</nav></header>
<main><article><h1>Council delays housing vote ${story}</h1><p class="byline">By Ada Reporter</p>${figure(0)}${paragraphs.join('\n')}</article>
<aside><h2>Most read</h2><ul>${Array.from({ length: 10 }, (_, n) => `<li><a href="/story/other-${n}">Another story ${n}</a></li>`).join('')}</ul></aside></main>
<footer>${'<p>Copyright Example News. All rights reserved.</p>'.repeat(5)}</footer></body></html>`;
}

/** Serves `/story/<name>` (a distinct page per name) and `/img/<n>.jpg` on 127.0.0.1. */
export async function startNewsPageServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const image = /^\/img\/(\d)\.jpg$/.exec(path);
    if (image && images[Number(image[1])]) return void response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(images[Number(image[1])]);
    const story = /^\/story\/([\w-]+)$/.exec(path);
    if (story) return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(newsPage(origin, story[1]!));
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
