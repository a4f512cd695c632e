import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { blockText } from '../src/main/core/capture/extract/blockText';
import { extractPage } from '../src/main/core/capture/extract/extractPage';
import { sanitizeArticle } from '../src/main/core/capture/extract/sanitizeArticle';
import { textTokens } from '../src/main/core/capture/extract/wordCount';
import type { Extraction, RawPage } from '../src/main/core/capture/types';
import { FIXTURES, PAGE_URL, readTestPages } from './extractionFixtures';
import { summarize } from './measure';

// Target (issue #3): extraction + sanitization under 40 ms median per page, in one process.
// Quality: token-level precision/recall/F1 (multisets) of our body text against a reference text.

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function count(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Summed over pages (micro average): long pages weigh more, as their words do for a reader. */
function score(pairs: { ours: string; reference: string }[]): Scores {
  let common = 0;
  let ours = 0;
  let reference = 0;
  for (const pair of pairs) {
    const mine = count(textTokens(pair.ours));
    const theirs = count(textTokens(pair.reference));
    for (const [token, n] of mine) common += Math.min(n, theirs.get(token) ?? 0);
    ours += [...mine.values()].reduce((a, b) => a + b, 0);
    reference += [...theirs.values()].reduce((a, b) => a + b, 0);
  }
  const precision = common / Math.max(1, ours);
  const recall = common / Math.max(1, reference);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall) };
}

const format = ({ precision, recall, f1 }: Scores) => `precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`;

/** Pages written to mimic real news sites (and one real copied story), each with the body text checked by hand. */
const HAND_CHECKED: { source: string; format: RawPage['format']; expected: string }[] = [
  { source: join(FIXTURES, 'trump-putin-call.txt'), format: 'text', expected: 'trump-putin-call' },
  { source: 'harbour-news.html', format: 'html', expected: 'harbour-news' },
  { source: 'library-hours.txt', format: 'text', expected: 'library-hours' },
  { source: 'river-survey.md', format: 'markdown', expected: 'river-survey' },
];

function handChecked(): Scores {
  const dir = resolve(import.meta.dirname, '../tests/fixtures/capture');
  return score(
    HAND_CHECKED.map((page) => ({
      ours: extractPage({ text: readFileSync(resolve(dir, page.source), 'utf8'), format: page.format, url: 'https://news.example/story' }).text,
      reference: readFileSync(join(dir, `${page.expected}.expected.txt`), 'utf8'),
    })),
  );
}

/** A save's plan: every image stored. */
const localPlan = (extraction: Extraction) => ({
  kind: 'local' as const,
  images: Object.fromEntries(extraction.images.map((src, i) => [src, `archive-asset://bench/image-${i}.jpg`])),
});

export function run(): void {
  const pages = readTestPages();
  const extract = (source: string) => extractPage({ text: source, format: 'html', url: PAGE_URL });
  for (const page of pages) sanitizeArticle({ html: extract(page.source).html, images: localPlan(extract(page.source)) }); // warm up

  const extractMs: number[] = [];
  const wholeMs: number[] = [];
  const pairs: { ours: string; reference: string }[] = [];
  for (const page of pages) {
    let start = performance.now();
    extract(page.source);
    extractMs.push(performance.now() - start);
    start = performance.now();
    const extraction = extract(page.source);
    sanitizeArticle({ html: extraction.html, images: localPlan(extraction) });
    wholeMs.push(performance.now() - start);
    pairs.push({ ours: extraction.text, reference: blockText(parseHTML(`<html><body>${page.expectedHtml}</body></html>`).document.body) });
  }
  const ms = (samples: number[]) => {
    const { p50, p95, max } = summarize(samples);
    return `median ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${max.toFixed(1)} ms`;
  };
  console.log(`\nextraction over ${pages.length} pages (Readability's test pages)`);
  console.log(`  extraction alone:          ${ms(extractMs)}`);
  console.log(`  extraction + sanitization: ${ms(wholeMs)}   (target: median < 40 ms)`);
  console.log(`body text vs Readability's expected output: ${format(score(pairs))}`);
  console.log(`body text vs hand-checked set (${HAND_CHECKED.length} pages): ${format(handChecked())}`);
}
