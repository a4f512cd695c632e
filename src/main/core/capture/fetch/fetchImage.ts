import { requireImage, type StoredImage } from '../sources/sniffContent';
import { fetchBytes } from './fetchBytes';
import type { FetchOptions } from './fetchOptions';

const ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1';

/**
 * Downloads one image under the fetching rules and the image size cap. Its type is judged by its bytes
 * alone (JPEG, PNG, GIF, WebP, AVIF): whatever the address or the Content-Type header claim.
 */
export async function fetchImage(url: string, options: FetchOptions = {}): Promise<StoredImage> {
  const fetched = await fetchBytes(url, { what: 'image', accept: ACCEPT, maxBytes: (limits) => limits.imageBytes, check: () => undefined }, options);
  return requireImage(fetched.bytes, fetched.url);
}
