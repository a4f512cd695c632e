import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleIdSchema } from '../../shared/model/article';
import { mimeTypeOf } from './mimeTypeOf';
import { resolveInside } from './resolveInside';

// Raster images only: an SVG is a document that can carry script, and capture never stores one.
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);

/**
 * The file an asset address names, `<article id>` + `/images/<file>`, or undefined. Only a saved
 * image of that article's content folder is ever answered: not its text or raw capture, not a folder,
 * nothing outside it (resolveInside refuses `..`, encoded separators and symlinks leading out).
 */
export async function articleAssetFile(contentDir: string, articleId: string, urlPath: string): Promise<string | undefined> {
  if (!ArticleIdSchema.safeParse(articleId).success) return undefined;
  if (!/^\/images\/[^/]+$/.test(urlPath) || !IMAGE_TYPES.has(mimeTypeOf(urlPath))) return undefined;
  try {
    const file = await resolveInside(join(contentDir, articleId), urlPath);
    return file && (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined; // no such article folder
  }
}
