import PQueue from 'p-queue';
import type { Provenance } from '../../../shared/model/provenance';
import { AppError } from '../../../shared/ipc/result';
import type { ContentDraft } from '../articles/contentDraft';
import type { CaptureSources, SourceOptions } from './captureSources';
import { DEFAULT_LIMITS } from './fetch/fetchOptions';
import type { PageResource } from './types';

export const MAX_IMAGES = 60;
/** Images fetched at once for one article: enough to hide latency, few enough to be polite to one site. */
const IMAGE_CONCURRENCY = 4;

export interface StoredImages {
  /** Each image address and the file it was stored as (inside the article folder), or null when it was not. */
  files: Record<string, string | null>;
  stored: number;
  failed: Provenance['imagesFailed'];
}

export interface StoreImagesInput {
  /** Absolute image addresses, in order, without repeats. */
  urls: readonly string[];
  /** What came with the page (a saved page's folder, MHTML parts): used instead of fetching. */
  resources: ReadonlyMap<string, PageResource>;
  draft: ContentDraft;
  sources: Pick<CaptureSources, 'fetchImage' | 'sniffImage'>;
  options: SourceOptions & { signal: AbortSignal };
  onProgress: (done: number, total: number) => void;
}

/**
 * Stores an article's images in its draft folder, typed by content. A missing, broken or oversized
 * image is recorded with the reason and never fails the save; the reader shows it as missing and
 * never fetches it. Only a full disk or a cancellation stops the whole step.
 */
export async function storeImages({ urls, resources, draft, sources, options, onProgress }: StoreImagesInput): Promise<StoredImages> {
  const taken = urls.slice(0, MAX_IMAGES);
  const outcomes: Array<{ file: string } | { reason: string }> = urls.map(() => ({ reason: `Only the first ${MAX_IMAGES} images of an article are kept.` }));

  let done = 0;
  if (taken.length > 0) onProgress(done, taken.length);
  const queue = new PQueue({ concurrency: IMAGE_CONCURRENCY });
  const storeOne = async (url: string, at: number) => {
    if (options.signal.aborted) return;
    let image: { bytes: Uint8Array; ext: string };
    try {
      image = await imageFor(url, resources.get(url), sources, options);
    } catch (error) {
      outcomes[at] = { reason: reasonOf(error) };
      return;
    } finally {
      onProgress(++done, taken.length);
    }
    outcomes[at] = { file: await draft.addImage(image.bytes, image.ext) };
  };
  // Settle every task before answering, so nothing still writes into a draft the caller may discard.
  const settled = await Promise.allSettled(taken.map((url, at) => queue.add(() => storeOne(url, at))));
  options.signal.throwIfAborted();
  const broken = settled.find((result) => result.status === 'rejected');
  if (broken) throw broken.reason;

  const files: Record<string, string | null> = {};
  const failed: StoredImages['failed'] = [];
  urls.forEach((url, at) => {
    const outcome = outcomes[at]!;
    files[url] = 'file' in outcome ? outcome.file : null;
    if ('reason' in outcome) failed.push({ url: url.slice(0, 8192), reason: outcome.reason });
  });
  return { files, stored: new Set(Object.values(files).filter((file) => file !== null)).size, failed };
}

async function imageFor(url: string, resource: PageResource | undefined, sources: StoreImagesInput['sources'], options: SourceOptions) {
  if (!resource) return sources.fetchImage(url, options);
  // The cap a fetched image has, for images that came with the page.
  if (resource.bytes.byteLength > DEFAULT_LIMITS.imageBytes) throw new AppError('too-large', `The image is larger than ${DEFAULT_LIMITS.imageBytes / 1024 / 1024} MB.`);
  const type = await sources.sniffImage(resource.bytes);
  if (!type) throw new AppError('unsupported', 'The file is not an image of a kind the reader shows.');
  return { bytes: resource.bytes, ext: type.ext };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
