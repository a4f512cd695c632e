import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../../shared/model/article';
import { assetUrl } from '../../../shared/model/assets';
import { IMAGES_DIR } from '../articles/contentDraft';
import { contentPath } from '../articles/contentStore';

/**
 * The stored images an article's HTML shows (`archive-asset://<id>/images/<file>`, the app's own
 * protocol, which nothing outside the app can open), by file name, each once, in order.
 */
export function imagesShown(html: string, id: ArticleId): string[] {
  return [...new Set(Array.from(html.matchAll(assetPattern(id)), (match) => match[1] as string))];
}

/** The HTML with each stored image's address replaced by `addressOf(file)`. */
export function replaceImages(html: string, id: ArticleId, addressOf: (file: string) => string): string {
  return html.replace(assetPattern(id), (_, file: string) => addressOf(file));
}

/** One stored image's bytes, or null when the file is missing from the library. */
export async function readImage(libraryDir: string, id: ArticleId, file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(join(libraryDir, contentPath(id, `${IMAGES_DIR}/${file}`)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// Capture names images `<digest>.<ext>` (see ContentDraft.addImage); an id is hex digits and hyphens.
const assetPattern = (id: ArticleId) => new RegExp(`${assetUrl(id, `${IMAGES_DIR}/`)}([0-9a-z]+\\.[0-9a-z]+)`, 'g');
