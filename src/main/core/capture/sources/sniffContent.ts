import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../../../shared/ipc/result';

export interface ContentType {
  mime: string;
  ext: string;
}

/** The pictures an article may keep: raster formats every engine can show. SVG can carry script, so it is never one. */
const IMAGES: Record<string, ContentType> = {
  jpg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  apng: { mime: 'image/png', ext: 'png' },
  gif: { mime: 'image/gif', ext: 'gif' },
  webp: { mime: 'image/webp', ext: 'webp' },
  avif: { mime: 'image/avif', ext: 'avif' },
};

/** What bytes are, by their content alone: a name or a Content-Type header proves nothing. Null when not recognised. */
export async function sniffContent(bytes: Uint8Array): Promise<ContentType | null> {
  if (looksLikeSvg(bytes)) return { mime: 'image/svg+xml', ext: 'svg' };
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mime: found.mime, ext: found.ext } : null;
}

/** The image type of bytes that hold an allowed picture, else null. */
export async function sniffImage(bytes: Uint8Array): Promise<ContentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return (found && IMAGES[found.ext]) ?? null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg\b/i.test(head);
}

export interface StoredImage extends ContentType {
  bytes: Uint8Array;
}

/** The bytes as an allowed picture, or an 'unsupported' error saying what `where` holds instead. */
export async function requireImage(bytes: Uint8Array, where: string): Promise<StoredImage> {
  const image = await sniffImage(bytes);
  if (image) return { bytes, ...image };
  const found = await sniffContent(bytes);
  const what = found ? found.mime : bytes.length === 0 ? 'empty' : 'not a recognised format';
  throw new AppError('unsupported', `The image at ${where} is not a JPEG, PNG, GIF, WebP or AVIF picture (${what}).`);
}
