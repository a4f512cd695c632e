import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_MATCHES, PAGE_URL, readTestPages, type ExpectedMetadata, type Field } from '../../../../../../bench/extractionFixtures';
import { extractPage } from '../../../../../../src/main/core/capture/extract/extractPage';
import type { Extraction } from '../../../../../../src/main/core/capture/types';

// A hang guard, not a speed test: speed is measured in bench/extraction.ts.
const BUDGET_MS = 5_000;
const pages = readTestPages();

function outcome(ours: Extraction, expected: ExpectedMetadata, field: Field): 'match' | 'differs' | 'missed' | 'extra' | 'both-empty' {
  const value = { title: ours.title, byline: ours.authors[0], excerpt: ours.excerpt, siteName: ours.siteName, publishedTime: ours.publishedAt, lang: ours.lang, dir: ours.dir }[field];
  const wanted = expected[field] || null;
  if (FIELD_MATCHES[field](ours, expected)) return wanted === null && !value ? 'both-empty' : 'match';
  if (wanted === null) return 'extra';
  return value ? 'differs' : 'missed';
}

describe("Mozilla Readability's test pages, extracted offline", () => {
  let results: { page: (typeof pages)[number]; extraction: Extraction; ms: number }[] = [];
  beforeAll(() => {
    results = pages.map((page) => {
      const start = performance.now();
      const extraction = extractPage({ text: page.source, format: 'html', url: PAGE_URL });
      return { page, extraction, ms: performance.now() - start };
    });
  });

  it('extracts every page, each within the budget', () => {
    expect(results).toHaveLength(130);
    for (const { page, ms, extraction } of results) {
      expect(ms, page.name).toBeLessThan(BUDGET_MS);
      expect(extraction.text.length, page.name).toBeGreaterThan(0);
    }
  });

  it('matches the expected metadata (per-field table), and the title on at least 95% of pages that have one', () => {
    const table = (Object.keys(FIELD_MATCHES) as Field[]).map((field) => {
      const counts = { field, expected: 0, match: 0, differs: 0, missed: 0, extra: 0, 'both-empty': 0 };
      for (const { page, extraction } of results) {
        counts[outcome(extraction, page.expected, field)]++;
        if (page.expected[field]) counts.expected++;
      }
      return { ...counts, 'match %': ((100 * counts.match) / Math.max(1, counts.expected)).toFixed(1) };
    });
    console.log('Metadata against expected-metadata.json ("extra": we found a value the expected file lacks)');
    console.table(table);
    const title = table.find((row) => row.field === 'title')!;
    expect(title.match / title.expected).toBeGreaterThanOrEqual(0.95);
  });
});
