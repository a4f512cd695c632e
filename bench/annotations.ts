import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationShard } from '../src/main/core/annotations/annotationShard';
import { shardOf } from '../src/main/core/articles/articleShard';
import { writeFileAtomic } from '../src/main/core/fs/writeFileAtomic';
import { annotationShardFile, ARTICLE_SHARDS } from '../src/main/core/library/libraryLayout';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { SCHEMA_VERSION } from '../src/main/core/library/schemaVersion';
import { sealJson } from '../src/main/core/store/integritySeal';
import { HIGHLIGHT_COLORS, HighlightQuerySchema, type Highlight, type HighlightTarget } from '../src/shared/model/annotation';
import type { Article } from '../src/shared/model/article';
import { generateArticles } from './generateArticles';
import { timeOperations } from './measure';
import { writeLibrary } from './writeLibrary';

// Issue #6 at scale: 10,000 articles carrying 50,000 highlights (a fifth of them with a note).
const ARTICLES = 10_000;
const HIGHLIGHTS = 50_000;
const ADDS = 200;
const OPENS = 5;

const sentence = (n: number) => `Officials said the ${n}th report on the border talks would be published after the council vote, amid rising prices and a storm of criticism.`;

function target(n: number): HighlightTarget {
  const start = (n % 40) * 300;
  const exact = sentence(n);
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: 'the minister told reporters on '.slice(0, 32), suffix: ' The next meeting is in March.'.slice(0, 32) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    textHash: `sha256:${'ab'.repeat(32)}`,
  };
}

/** Writes the annotation shards in bulk, as the store writes them. */
async function writeAnnotations(dir: string, articles: readonly Article[]): Promise<void> {
  const shards: AnnotationShard[] = Array.from({ length: ARTICLE_SHARDS }, () => ({ schemaVersion: SCHEMA_VERSION, highlights: {}, notes: {} }));
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  for (let n = 0; n < HIGHLIGHTS; n++) {
    const article = articles[n % articles.length] as Article;
    const at = new Date(start + n * 60_000).toISOString();
    const highlight: Highlight = { id: randomUUID(), articleId: article.id, color: HIGHLIGHT_COLORS[n % 5]!, note: n % 5 === 0 ? `A note on highlight ${n}: compare with last week's figures.` : '', target: target(n), createdAt: at, modifiedAt: at };
    shards[shardOf(article.id, ARTICLE_SHARDS)]!.highlights[highlight.id] = highlight;
  }
  await Promise.all(shards.map((shard, i) => writeFileAtomic(join(dir, annotationShardFile(i)), sealJson(JSON.stringify(shard)))));
}

/** The median time to open the library (lock, read, check every record file, build the indexes). */
async function medianOpenMs(dir: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const start = performance.now();
    const library = await openLibrary({ dir });
    samples.push(performance.now() - start);
    await library.close();
  }
  return samples.sort((a, b) => a - b)[Math.floor(OPENS / 2)]!;
}

function timed<T>(action: () => T): [T, number] {
  const start = performance.now();
  const value = action();
  return [value, performance.now() - start];
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-annotations-'));
  try {
    const articles = generateArticles(ARTICLES);
    await writeLibrary(dir, articles);
    await (await openLibrary({ dir })).close(); // the first open takes the day's backup
    const withoutMs = await medianOpenMs(dir);
    await writeAnnotations(dir, articles);
    const withMs = await medianOpenMs(dir);

    const library = await openLibrary({ dir });
    const { timings } = await timeOperations(ADDS, (i) => library.annotations.addHighlight({ articleId: articles[(i * 37) % ARTICLES]!.id, color: 'yellow', target: target(i) }));
    const [, firstPageMs] = timed(() => library.annotations.list(HighlightQuerySchema.parse({})));
    const [, filteredMs] = timed(() => library.annotations.list(HighlightQuerySchema.parse({ colors: ['blue'], site: 'Reuters' })));
    const page = articles.slice(0, 100).map((article) => article.id);
    const [, countsMs] = timed(() => library.annotations.countsFor(page));
    const [exported, exportMs] = timed(() => library.annotations.export({ format: 'markdown' }));
    await library.close();

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`\nannotations: ${ARTICLES.toLocaleString('en')} articles, ${HIGHLIGHTS.toLocaleString('en')} highlights`);
    console.log(`open (median of ${OPENS})           ${ms(withoutMs)} without, ${ms(withMs)} with (+${ms(withMs - withoutMs)})`);
    console.log(`addHighlight, durable        p50 ${ms(timings.p50)}, p95 ${ms(timings.p95)}, max ${ms(timings.max)}`);
    console.log(`list, first page of 100      ${ms(firstPageMs)} (colour + site filter: ${ms(filteredMs)})`);
    console.log(`countsFor a page of 100      ${ms(countsMs)}`);
    console.log(`library-wide Markdown export ${ms(exportMs)} (${(exported.text.length / 1e6).toFixed(1)} MB)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

