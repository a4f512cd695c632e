import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import type { Library } from '../src/main/core/library/library';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { SearchRequestSchema } from '../src/shared/model/search';
import { diskSize } from './diskSize';
import { summarize, type Timings } from './measure';
import { fixtureParagraphs, makeCorpus, writeCorpus, writeHighlights, type CorpusArticle } from './searchCorpus';
import { benchQueries, QUERY_KINDS, type BenchQuery, type QueryKind } from './searchQueries';

// Targets (issue #7) at 10,000: p95 < 10 ms for words and phrases, < 16 ms for prefixes (< 25 ms at 50,000);
// one article reindexed < 10 ms; search usable < 300 ms after opening; index memory < 150 MB.
const SIZES = [10_000, 50_000];
const PER_KIND = 100;
const UPDATES = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const settle = async (library: Library) => {
  while (library.search.indexing() !== null) await new Promise((resolve) => setImmediate(resolve));
};
const memory = () => {
  gc();
  return process.memoryUsage();
};

async function timeQueries(queries: readonly BenchQuery[], run: (query: BenchQuery) => unknown): Promise<Timings> {
  const samples: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await run(query);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

const latencies = (timings: Record<QueryKind, Timings>) => QUERY_KINDS.map((kind) => `  ${kind.padEnd(11)} p50 ${ms(timings[kind].p50).padStart(8)}  p95 ${ms(timings[kind].p95).padStart(8)}`).join('\n');

/** Measures one library size; answers the query timings with a page of 50 and with a page of 1. */
async function benchSize(count: number, queries: Record<QueryKind, BenchQuery[]>, paragraphs: readonly string[]): Promise<Record<'page' | 'first', Record<QueryKind, Timings>>> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-search-'));
  try {
    let started = performance.now();
    const corpus = makeCorpus(count, paragraphs);
    const textBytes = corpus.reduce((sum, entry) => sum + entry.text.length, 0);
    await writeCorpus(dir, corpus);
    await writeHighlights(dir, corpus);
    const ids = corpus.map((entry) => entry.article.id);
    corpus.length = 0;
    console.log(`\n${count.toLocaleString('en')} articles (${mb(textBytes)} of text), library written in ${(performance.now() - started) / 1000} s`);

    const before = memory();
    started = performance.now();
    let library = await openLibrary({ dir });
    await settle(library);
    const after = memory();
    console.log(`index built from scratch in the background: ${((performance.now() - started) / 1000).toFixed(1)} s; index on disk ${mb(await diskSize(join(dir, 'index')))}`);
    console.log(`memory of the open library, records included: JS heap +${mb(after.heapUsed - before.heapUsed)}, RSS +${mb(after.rss - before.rss)} (RSS now ${mb(after.rss)})`);
    await library.close();

    started = performance.now();
    library = await openLibrary({ dir });
    const openedMs = performance.now() - started;
    await library.search.query(SearchRequestSchema.parse({ query: 'minister ' }));
    console.log(`reopened in ${ms(openedMs)}; search usable (first query answered) ${ms(performance.now() - started)} after opening; catching up: ${JSON.stringify(library.search.indexing())}`);

    const timings = {} as Record<QueryKind, Timings>;
    for (const kind of QUERY_KINDS) timings[kind] = await timeQueries(queries[kind], (query) => library.search.query(SearchRequestSchema.parse({ query: query.text, view: 'all' })));
    console.log(`query latency (a page of 50 with snippets):\n${latencies(timings)}`);
    const firstOnly = {} as Record<QueryKind, Timings>;
    for (const kind of QUERY_KINDS) firstOnly[kind] = await timeQueries(queries[kind], (query) => library.search.query(SearchRequestSchema.parse({ query: query.text, view: 'all', limit: 1 })));
    console.log(`the same, a page of 1 (matching, filtering, ranking and counting every match; one snippet):\n${latencies(firstOnly)}`);

    const updates: number[] = [];
    let changedAt = 0;
    library.on('annotationsChanged', () => (changedAt = performance.now()));
    for (let i = 0; i < UPDATES; i++) {
      await library.annotations.setNote(ids[(i * 131) % ids.length] as string, `Checked against the archive, round ${i}.`);
      await settle(library);
      updates.push(performance.now() - changedAt);
    }
    const update = summarize(updates);
    console.log(`one article reindexed (a note changed): p50 ${ms(update.p50)}, p95 ${ms(update.p95)}`);
    await library.close();
    return { page: timings, first: firstOnly };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** MiniSearch on the same 10,000 articles: build time, heap, and the same queries (phrases as all their words). */
async function benchMiniSearch(corpus: readonly CorpusArticle[], queries: Record<QueryKind, BenchQuery[]>): Promise<Record<QueryKind, Timings>> {
  const before = memory();
  const started = performance.now();
  const index = new MiniSearch({ fields: ['title', 'authors', 'site', 'tags', 'body'], idField: 'id' });
  index.addAll(corpus.map(({ article, text }) => ({ id: article.id, title: article.title, authors: article.authors.join(' '), site: article.siteName, tags: article.tags.join(' '), body: text })));
  const buildMs = performance.now() - started;
  console.log(`\nMiniSearch 7 at 10,000: built in ${(buildMs / 1000).toFixed(1)} s, JS heap +${mb(memory().heapUsed - before.heapUsed)}`);
  const records = new Map(corpus.map(({ article }) => [article.id, article]));
  const inUnreadUkraine = (id: string) => Boolean(records.get(id)?.tags.some((tag) => tag.startsWith('ukraine')) && !records.get(id)?.read);
  const timings = {} as Record<QueryKind, Timings>;
  for (const kind of QUERY_KINDS) {
    timings[kind] = await timeQueries(queries[kind], (query) =>
      index.search(query.words.join(' '), {
        combineWith: 'AND',
        boost: { title: 10, tags: 4, authors: 3, site: 2 },
        prefix: (_term, i, terms) => query.prefix && i === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 1 : false),
        filter: kind === 'filtered' ? (result) => inUnreadUkraine(result.id) : undefined,
      }),
    );
  }
  console.log(`query latency (ids and scores only, no snippets):\n${latencies(timings)}`);
  return timings;
}

export async function run(): Promise<void> {
  console.log('\nSearch (SQLite FTS5 through node:sqlite)');
  const paragraphs = await fixtureParagraphs();
  const queries = benchQueries(paragraphs, PER_KIND);
  const [fts] = [await benchSize(SIZES[0] as number, queries, paragraphs), await benchSize(SIZES[1] as number, queries, paragraphs)];
  const mini = await benchMiniSearch(makeCorpus(SIZES[0] as number, paragraphs), queries);
  console.log('MiniSearch p95 / FTS5 p95 at 10,000: against a page of 1 (ids, like MiniSearch), and against a page of 50 with snippets:');
  const ratio = (ours: Timings, theirs: Timings) => `${(theirs.p95 / ours.p95).toFixed(1)}x`.padStart(6);
  for (const kind of QUERY_KINDS) console.log(`  ${kind.padEnd(11)} ${ratio(fts!.first[kind], mini[kind])} ${ratio(fts!.page[kind], mini[kind])}`);
  console.log('MiniSearch at 50,000 is left out: at 10,000 it already takes the build time and heap above, which grow with the corpus (about 5x).');
}
