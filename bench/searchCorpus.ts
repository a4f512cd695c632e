import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnnotationShard } from '../src/main/core/annotations/annotationShard';
import { shardOf } from '../src/main/core/articles/articleShard';
import { writeFileAtomic } from '../src/main/core/fs/writeFileAtomic';
import { annotationShardFile, ARTICLE_SHARDS } from '../src/main/core/library/libraryLayout';
import { SCHEMA_VERSION } from '../src/main/core/library/schemaVersion';
import { sealJson } from '../src/main/core/store/integritySeal';
import type { Article } from '../src/shared/model/article';
import { generateArticles } from './generateArticles';
import { writeLibrary } from './writeLibrary';

const FIXTURES = '/work/shared/fixtures/readability-test-pages';
/** About the 8 KB of text a real article has (the issue measured 79 MB for 10,000). */
const BODY_CHARS = 8_000;
const TAGS = ['ukraine', 'ukraine/ceasefire', 'climate', 'climate/floods', 'elections/us', 'elections/eu', 'economy', 'science', 'security', 'research/sources'];
const LANGS = ['en', 'en', 'en', 'en-GB', 'en-US', 'fr', 'de'];

/** A small deterministic generator, so every run measures the same corpus. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' })[entity] ?? ' ').replace(/\s+/g, ' ').trim();

/** Every paragraph of the Readability test pages' expected output, as plain text. */
export async function fixtureParagraphs(): Promise<string[]> {
  const pages = await readdir(FIXTURES);
  const texts = await Promise.all(pages.map((page) => readFile(join(FIXTURES, page, 'expected.html'), 'utf8').catch(() => '')));
  return texts.flatMap((html) => html.split(/<\/p>|<\/li>|<\/h\d>/).map(decode)).filter((paragraph) => paragraph.split(' ').length >= 8);
}

export interface CorpusArticle {
  article: Article;
  text: string;
}

/**
 * `count` articles with realistic records (the library bench's generator) whose titles, tags, languages
 * and bodies come from the fixture pages: each body is shuffled paragraphs, so no two documents are alike.
 */
export function makeCorpus(count: number, paragraphs: readonly string[]): CorpusArticle[] {
  const next = seeded(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  return generateArticles(count).map((record) => {
    const parts: string[] = [];
    for (let length = 0; length < BODY_CHARS; length += (parts.at(-1) as string).length) parts.push(pick(paragraphs));
    const words = pick(paragraphs).split(' ');
    const title = words.slice(0, 6 + Math.floor(next() * 8)).join(' ').replace(/[.,;:]$/, '');
    const tags = next() < 0.5 ? [pick(TAGS)] : [];
    return { article: { ...record, title, tags, lang: pick(LANGS) }, text: parts.join('\n\n') };
  });
}

/** Writes the records in bulk, then each article's content folder (the html a stub: search reads the text only). */
export async function writeCorpus(dir: string, corpus: readonly CorpusArticle[]): Promise<void> {
  await writeLibrary(dir, corpus.map((entry) => entry.article));
  for (let i = 0; i < corpus.length; i += 200) {
    await Promise.all(
      corpus.slice(i, i + 200).map(async ({ article, text }) => {
        const folder = join(dir, 'content', article.id);
        await mkdir(folder, { recursive: true });
        await Promise.all([writeFile(join(folder, 'article.html'), '<p></p>'), writeFile(join(folder, 'text.txt'), text)]);
      }),
    );
  }
}

/** Highlights on one article in 20 (a sentence of its body each), a note on a third of those. */
export async function writeHighlights(dir: string, corpus: readonly CorpusArticle[]): Promise<void> {
  const shards: AnnotationShard[] = Array.from({ length: ARTICLE_SHARDS }, () => ({ schemaVersion: SCHEMA_VERSION, highlights: {}, notes: {} }));
  const at = '2025-01-01T00:00:00.000Z';
  corpus.forEach(({ article, text }, n) => {
    if (n % 20 !== 0) return;
    const exact = text.slice(0, text.indexOf('.', 40) + 1 || 120);
    const shard = shards[shardOf(article.id, ARTICLE_SHARDS)] as AnnotationShard;
    const id = randomUUID();
    const target = { quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length }, textHash: `sha256:${'ab'.repeat(32)}` };
    shard.highlights[id] = { id, articleId: article.id, color: 'yellow', note: n % 60 === 0 ? 'Check this against the ministry figures.' : '', target, createdAt: at, modifiedAt: at };
    if (n % 60 === 0) shard.notes[article.id] = { articleId: article.id, text: 'Follow up with the sources named here.', modifiedAt: at };
  });
  await Promise.all(shards.map((shard, i) => writeFileAtomic(join(dir, annotationShardFile(i)), sealJson(JSON.stringify(shard)))));
}
