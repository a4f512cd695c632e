import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanTitle } from '../src/main/core/capture/extract/cleanTitle';
import type { Extraction } from '../src/main/core/capture/types';

/**
 * The quality fixtures of extraction, shared by its test and its benchmark: Mozilla Readability's 130 test pages
 * (read-only, beside the repository) with their expected metadata, and how our extraction is compared with them.
 */
export const FIXTURES = resolve(import.meta.dirname, '../../shared/fixtures');
export const PAGES_DIR = join(FIXTURES, 'readability-test-pages');
/** The address the expected pages were resolved against. */
export const PAGE_URL = 'http://fakehost/test/page.html';

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

export interface TestPage {
  name: string;
  source: string;
  expectedHtml: string;
  expected: ExpectedMetadata;
}

export function readTestPages(): TestPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      source: readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(PAGES_DIR, name, 'expected.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
    }));
}

const squash = (text: string | null | undefined) => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
// Bylines compare by the people they name: Readability's expected bylines also carry dates and times ("By Jane Doe March 25, 2015").
const NOT_NAMES = /^(?:by|and|par|von|written|at|am|pm|updated|published|posted|last|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$|\d/;
const nameWords = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !NOT_NAMES.test(w)));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** Each field compared with a normalisation fit for it: letters and digits for text, words for names, instants for dates. */
export const FIELD_MATCHES = {
  // Readability keeps a site's name around the headline ("Headline | eHow"); we drop it, so both sides are compared without.
  title: (ours: Extraction, expected: ExpectedMetadata) =>
    [expected.title, expected.title && cleanTitle(expected.title, ours.siteName, null)].some((title) => squash(title) === squash(ours.title)),
  byline: (ours: Extraction, expected: ExpectedMetadata) =>
    expected.byline === null ? ours.authors.length === 0 : sameSet(nameWords(ours.authors.join(' ')), nameWords(expected.byline)),
  excerpt: (ours: Extraction, expected: ExpectedMetadata) => squash(ours.excerpt) === squash(expected.excerpt),
  siteName: (ours: Extraction, expected: ExpectedMetadata) => squash(ours.siteName) === squash(expected.siteName),
  publishedTime: (ours: Extraction, expected: ExpectedMetadata) => sameInstant(ours.publishedAt, expected.publishedTime),
  lang: (ours: Extraction, expected: ExpectedMetadata) => squash(ours.lang) === squash(expected.lang),
  dir: (ours: Extraction, expected: ExpectedMetadata) => (ours.dir ?? null) === (expected.dir ?? null),
} satisfies Record<keyof ExpectedMetadata, (ours: Extraction, expected: ExpectedMetadata) => boolean>;

export type Field = keyof typeof FIELD_MATCHES;
