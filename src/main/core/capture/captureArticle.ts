import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ArticleId } from '../../../shared/model/article';
import type { CaptureState } from '../../../shared/model/capture';
import { assetUrl } from '../../../shared/model/assets';
import { contentPath } from '../articles/contentStore';
import type { ArticleRepository } from '../library/library';
import { articleRecord } from './articleRecord';
import type { CaptureSources } from './captureSources';
import { storeImages } from './storeImages';
import type { Extractor, RawPage } from './types';

const gzipAsync = promisify(gzip);

const RAW_FILE: Record<RawPage['rawKind'], string> = { html: 'raw.html.gz', mhtml: 'raw.mhtml.gz', text: 'raw.txt.gz', markdown: 'raw.md.gz' };

export interface CaptureContext {
  articles: Pick<ArticleRepository, 'findDuplicate' | 'draft' | 'add' | 'get'>;
  extractor: Pick<Extractor, 'extract' | 'sanitize'>;
  sources: Pick<CaptureSources, 'fetchImage' | 'sniffImage'>;
  allowLocalNetwork: boolean;
  tags: readonly string[];
  /** Used as the title when the page has none. */
  label: string;
  clock: () => Date;
  randomId: () => ArticleId;
  signal: AbortSignal;
  /** Runs the final check-and-store alone, so two saves of one page at once cannot both be added. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  report: (update: { state?: CaptureState; title?: string; images?: { done: number; total: number } }) => void;
}

export type CaptureOutcome = { state: 'done' | 'duplicate'; articleId: ArticleId; title: string };

/**
 * Saves one page: extract, refuse a duplicate before storing anything, store its images in a draft
 * folder, sanitize last, then move the folder into place and write the record. Any failure or
 * cancellation before the record is written discards the draft: nothing half-saved is left behind.
 */
export async function captureArticle(page: RawPage, context: CaptureContext): Promise<CaptureOutcome> {
  const { articles, extractor, signal, report } = context;
  report({ state: 'extracting' });
  const extraction = await extractor.extract(page, signal);
  const textSha256 = sha256(extraction.text);
  const identity = { canonicalUrl: extraction.canonicalUrl, urls: [page.url, page.requestedUrl], textSha256 };
  const duplicate = () => {
    const id = articles.findDuplicate(identity);
    return id && ({ state: 'duplicate', articleId: id, title: articles.get(id)?.title ?? extraction.title } as const);
  };
  const early = duplicate();
  if (early) return early;
  report({ title: extraction.title });
  signal.throwIfAborted();

  const id = context.randomId();
  const draft = await articles.draft(id);
  try {
    const imageUrls = [...new Set([...extraction.images, ...(extraction.leadImage ? [extraction.leadImage] : [])])];
    const images = await storeImages({
      urls: imageUrls,
      resources: page.resources,
      draft,
      sources: context.sources,
      options: { allowLocalNetwork: context.allowLocalNetwork, signal },
      onProgress: (done, total) => report({ state: 'images', images: { done, total } }),
    });
    report({ state: 'saving' });
    const localImages = Object.fromEntries(Object.entries(images.files).map(([url, file]) => [url, file && assetUrl(id, file)]));
    const html = await extractor.sanitize({ html: extraction.html, images: { kind: 'local', images: localImages } }, signal);
    const raw = { file: RAW_FILE[page.rawKind], bytes: await gzipAsync(page.bytes) };
    const leadFile = extraction.leadImage ? images.files[extraction.leadImage] : null;
    const now = context.clock().toISOString();
    const article = articleRecord({
      id,
      extraction,
      fallbackTitle: context.label,
      pageUrl: page.url,
      leadImage: leadFile ? contentPath(id, leadFile) : null,
      tags: context.tags,
      now,
      provenance: {
        source: page.source,
        requestedUrl: page.requestedUrl,
        finalUrl: page.url,
        httpStatus: page.httpStatus,
        contentType: page.contentType?.slice(0, 300) ?? null,
        fileName: page.fileName?.slice(0, 1000) ?? null,
        capturedAt: now,
        rawSha256: sha256(page.bytes),
        textSha256,
        rawFile: contentPath(id, raw.file),
        imagesStored: images.stored,
        imagesFailed: images.failed.slice(0, 1000),
      },
    });
    return await context.exclusive(async () => {
      // Another save of the same page may have finished while this one fetched its images.
      const late = duplicate();
      if (late) {
        await draft.discard();
        return late;
      }
      signal.throwIfAborted();
      await articles.add(article, { html, text: extraction.text, raw, draft });
      return { state: 'done', articleId: id, title: article.title };
    });
  } catch (error) {
    await draft.discard();
    throw error;
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
