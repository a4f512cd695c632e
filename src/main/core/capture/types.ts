import type { CaptureInput, CaptureJob } from '../../../shared/model/capture';
import type { CaptureSourceKind } from '../../../shared/model/provenance';

/**
 * The seams of capture: sources produce a RawPage, the extractor turns it into an Extraction,
 * images are stored, the sanitizer writes the final HTML, and the service saves the article.
 */

/** A resource that arrived with the page (a saved page's `_files` folder, an MHTML part). */
export interface PageResource {
  bytes: Uint8Array;
  contentType: string | null;
}

/** A page as fetched or read, before extraction. */
export interface RawPage {
  /** Exactly what was received or read: kept (compressed) as the raw capture and hashed. */
  bytes: Uint8Array;
  /** The raw file's kind, which names the stored raw capture (raw.html.gz, raw.mhtml.gz, raw.txt.gz). */
  rawKind: 'html' | 'mhtml' | 'text' | 'markdown';
  /** The document as Unicode text: HTML for html/mhtml, the text itself for text/markdown. */
  text: string;
  format: 'html' | 'text' | 'markdown';
  /** The page's web address (after redirects); null when unknown. */
  url: string | null;
  /**
   * Where the page's relative references resolve: its web address, or, for a saved page that records
   * none, its own file:// location (so the images of its `_files` folder are still found).
   */
  baseUrl: string | null;
  source: CaptureSourceKind;
  requestedUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  fileName: string | null;
  /** Resources that came with the page, keyed by the absolute URL the page refers to them by. */
  resources: ReadonlyMap<string, PageResource>;
}

/** What extraction finds in a page. `html` is NOT sanitized yet; image addresses are absolute. */
export interface Extraction {
  title: string;
  excerpt: string | null;
  authors: string[];
  siteName: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The body only (no title, byline or standfirst), paragraphs separated by blank lines. */
  text: string;
  html: string;
  /** Absolute addresses of the body's images, in order, without repeats. */
  images: string[];
}

/** How sanitization treats images: each address maps to its local asset URL, or null when it could not be stored. */
export type ImagePlan = { kind: 'local'; images: Readonly<Record<string, string | null>> } | { kind: 'keep-remote' };

/** What extraction reads of a page; `baseUrl` defaults to `url`. */
export type ExtractionInput = Pick<RawPage, 'text' | 'format' | 'url'> & Partial<Pick<RawPage, 'baseUrl'>>;

export interface Extractor {
  extract(page: ExtractionInput, signal?: AbortSignal): Promise<Extraction>;
  /** The article HTML made safe: DOMPurify with the strict allowlist, images per the plan. The last step. */
  sanitize(input: { html: string; images: ImagePlan }, signal?: AbortSignal): Promise<string>;
  close(): Promise<void>;
}

/** Saves run in the background, a few at a time; each can be followed and cancelled. */
export interface CaptureService {
  start(input: CaptureInput | { kind: 'path'; path: string }, options?: { tags?: string[] }): CaptureJob;
  cancel(jobId: string): void;
  jobs(): CaptureJob[];
  /** Resolves with the job once it has finished, whatever the outcome. */
  settled(jobId: string): Promise<CaptureJob>;
  onProgress(listener: (job: CaptureJob) => void): () => void;
  /** Cancels what runs, waits for it to stop. */
  close(): Promise<void>;
}
