import { vi } from 'vitest';
import type { CaptureSources, SourceOptions } from '../../../../../src/main/core/capture/captureSources';
import type { Extraction, Extractor, PageResource, RawPage } from '../../../../../src/main/core/capture/types';
import { AppError } from '../../../../../src/shared/ipc/result';

/** A page whose text is the JSON of what the fake extractor will find in it. */
export function fakePage(found: Partial<Extraction>, overrides: Partial<RawPage> = {}): RawPage {
  const text = JSON.stringify(found);
  return {
    bytes: new TextEncoder().encode(text),
    rawKind: 'html',
    text,
    format: 'html',
    url: found.url ?? null,
    baseUrl: found.url ?? null,
    source: 'url',
    requestedUrl: found.url ?? null,
    httpStatus: 200,
    contentType: 'text/html; charset=utf-8',
    fileName: null,
    resources: new Map<string, PageResource>(),
    ...overrides,
  };
}

/** An extraction with every field; the fake extractor fills what a page leaves out from this. */
export function extraction(found: Partial<Extraction> = {}): Extraction {
  return {
    title: 'A Story',
    excerpt: 'What it is about.',
    authors: ['Ada Reporter'],
    siteName: 'Example News',
    publishedAt: '2025-03-18T08:00:00+01:00',
    modifiedAt: null,
    lang: 'en',
    dir: 'ltr',
    url: null,
    canonicalUrl: null,
    leadImage: null,
    wordCount: 3,
    readingMinutes: 1,
    text: 'The story body.',
    html: '<p>The story body.</p>',
    images: [],
    ...found,
  };
}

/** Reads the page's JSON; sanitizing replaces each planned image address by its local one, or `MISSING`. */
export function fakeExtractor() {
  const calls: string[] = [];
  const extractor = {
    extract: vi.fn(async (page: Parameters<Extractor['extract']>[0], signal?: AbortSignal): Promise<Extraction> => {
      calls.push('extract');
      signal?.throwIfAborted();
      return extraction(JSON.parse(page.text) as Partial<Extraction>);
    }),
    sanitize: vi.fn(async ({ html, images }: Parameters<Extractor['sanitize']>[0], signal?: AbortSignal): Promise<string> => {
      calls.push('sanitize');
      signal?.throwIfAborted();
      if (images.kind !== 'local') return html;
      return Object.entries(images.images).reduce((out, [url, local]) => out.replaceAll(url, local ?? 'MISSING'), html);
    }),
  } satisfies Pick<Extractor, 'extract' | 'sanitize'>;
  return { ...extractor, calls };
}

export const PNG = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);

/** Pages by address, images by address (missing ones answer 404); everything else is refused. */
export function fakeSources(pages: Record<string, RawPage> = {}, images: Record<string, Uint8Array> = {}) {
  const sources = {
    fetchPage: vi.fn(async (url: string, _options: SourceOptions): Promise<RawPage> => {
      const page = pages[url];
      if (!page) throw new AppError('network', `Nothing answers at ${url}.`);
      return page;
    }),
    fetchImage: vi.fn(async (url: string, _options: SourceOptions) => {
      const bytes = images[url];
      if (!bytes) throw new AppError('network', 'The server answered 404.');
      return { bytes, mime: 'image/png', ext: 'png' };
    }),
    sniffImage: vi.fn(async (bytes: Uint8Array) => (bytes[0] === 0x89 ? { mime: 'image/png', ext: 'png' } : null)),
    readPageFile: vi.fn(async (path: string): Promise<RawPage[]> => {
      throw new AppError('unreadable-file', `${path} cannot be read.`);
    }),
    readDroppedFile: vi.fn(async (name: string, bytes: Uint8Array) =>
      fakePage(JSON.parse(new TextDecoder().decode(bytes)) as Partial<Extraction>, { source: 'file', fileName: name, requestedUrl: null }),
    ),
    pastedPage: vi.fn((input: { kind: 'text' | 'html'; url?: string }) =>
      fakePage({ url: input.url ?? null, text: 'Pasted words.' }, { source: 'paste', requestedUrl: null }),
    ),
  } satisfies CaptureSources;
  return sources;
}

/** A promise with its resolve and reject at hand, to hold a step until the test lets it go. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Resolves when the signal aborts, rejecting with its reason, as a real fetch does. */
export function untilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
