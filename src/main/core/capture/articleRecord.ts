import type { z } from 'zod';
import { WebUrlSchema, type Article, type ArticleId } from '../../../shared/model/article';
import { IsoDateSchema } from '../../../shared/model/isoDate';
import type { Provenance } from '../../../shared/model/provenance';
import type { Extraction } from './types';

export interface ArticleRecordInput {
  id: ArticleId;
  extraction: Extraction;
  /** Used as the title when the page has none, so every article can be found in the list. */
  fallbackTitle: string;
  /** The page's own address (after redirects), when it has one. */
  pageUrl: string | null;
  /** Library-relative path of the stored lead image, or null. */
  leadImage: string | null;
  tags: readonly string[];
  provenance: Provenance;
  now: string;
}

/**
 * A new article's record from what extraction found. Pages say all sorts of things: values the
 * record cannot hold (an address that is not http(s), a date without an offset, an overlong name)
 * become null or are cut to size, so a strange page is saved rather than refused.
 */
export function articleRecord({ id, extraction, fallbackTitle, pageUrl, leadImage, tags, provenance, now }: ArticleRecordInput): Article {
  const limit = (value: string | null, max: number) => (value ? value.trim().slice(0, max) || null : null);
  return {
    id,
    url: valid(WebUrlSchema, pageUrl) ?? valid(WebUrlSchema, extraction.url),
    canonicalUrl: valid(WebUrlSchema, extraction.canonicalUrl),
    title: limit(extraction.title, 1000) ?? limit(fallbackTitle, 1000) ?? 'Untitled',
    authors: [...new Set(extraction.authors.map((author) => limit(author, 300)).filter((author) => author !== null))].slice(0, 50),
    siteName: limit(extraction.siteName, 300),
    excerpt: limit(extraction.excerpt, 2000) ?? '',
    lang: limit(extraction.lang, 35),
    dir: extraction.dir,
    publishedAt: valid(IsoDateSchema, extraction.publishedAt),
    modifiedAt: valid(IsoDateSchema, extraction.modifiedAt),
    savedAt: now,
    updatedAt: now,
    wordCount: Math.max(0, Math.round(extraction.wordCount)),
    readingMinutes: Math.max(0, Math.round(extraction.readingMinutes)),
    leadImage,
    tags: [...tags],
    read: false,
    starred: false,
    archived: false,
    trashedAt: null,
    progress: 0,
    provenance,
  };
}

function valid<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
