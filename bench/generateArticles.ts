import { randomUUID } from 'node:crypto';
import type { Article } from '../src/shared/model/article';

// Word pools sized so titles, excerpts and urls land at the lengths real news pages have.
const WORDS = 'government election climate market court city police report study health school energy housing budget minister team season water border trade storm company workers prices scientists council plan vote crisis talks officials new record first years against after over amid warns says calls rises falls faces wins'.split(' ');
const SITES = ['The Guardian', 'BBC News', 'Reuters', 'The New York Times', 'Le Monde', 'Der Spiegel', 'Al Jazeera', 'The Atlantic', 'Ars Technica', 'NPR'];
const NAMES = ['Amelia Hart', 'Jonas Berg', 'Priya Raman', 'Mateo Alvarez', 'Chloé Martin', 'Kwame Mensah', 'Hiroshi Tanaka', 'Sofia Rossi'];

/** A small deterministic generator, so every run measures the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateArticles(count: number, seed = 1): Article[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const start = Date.parse('2020-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const title = words(6 + Math.floor(next() * 10));
    const savedAt = new Date(start + Math.floor(next() * 5 * 365 * 86_400_000)).toISOString();
    const wordCount = 300 + Math.floor(next() * 4000);
    const site = pick(SITES);
    const url = `https://www.${site.toLowerCase().replace(/[^a-z]+/g, '')}.com/${2020 + (i % 5)}/${title.replaceAll(' ', '-')}-${i}`;
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
    const id = randomUUID();
    return {
      id,
      url,
      canonicalUrl: url,
      title: title[0]!.toUpperCase() + title.slice(1),
      authors: Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(NAMES)),
      siteName: site,
      excerpt: `${words(25 + Math.floor(next() * 35))}.`,
      lang: 'en',
      dir: 'ltr',
      publishedAt: next() < 0.9 ? savedAt : null,
      modifiedAt: next() < 0.3 ? savedAt : null,
      savedAt,
      updatedAt: savedAt,
      wordCount,
      readingMinutes: Math.ceil(wordCount / 230),
      leadImage: next() < 0.7 ? `content/${i}/lead.jpg` : null,
      tags: next() < 0.3 ? [pick(WORDS)] : [],
      read: next() < 0.6,
      starred: next() < 0.1,
      archived: next() < 0.3,
      trashedAt: null,
      progress: 0,
      provenance: {
        source: 'url' as const,
        requestedUrl: `${url}?utm_source=newsletter`,
        finalUrl: url,
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        fileName: null,
        capturedAt: savedAt,
        rawSha256: hex(64),
        textSha256: hex(64),
        rawFile: `content/${id}/raw.html.gz`,
        imagesStored: Math.floor(next() * 6),
        imagesFailed: [],
      },
    };
  });
}
