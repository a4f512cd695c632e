import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../../shared/model/article';
import { writeFileSynced } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';

export const IMAGES_DIR = 'images';

/** Enough of the digest to tell an article's images apart, short enough for a tidy file name. */
const NAME_DIGEST_CHARS = 16;

/**
 * A new article's content folder while it is being captured: images land here as they arrive, the
 * body files at the end, and the whole folder is renamed into place by the content store. Until then
 * it lives in the staging folder, whose leftovers are cleared at the next open.
 */
export interface ContentDraft {
  readonly id: ArticleId;
  /** The staging folder; only the content store writes into it directly. */
  readonly dir: string;
  /** Stores an image once per distinct content and answers its path inside the article folder, `images/<digest>.<ext>`. */
  addImage(bytes: Uint8Array, ext: string): Promise<string>;
  /** Removes the draft and everything in it. Harmless after the draft was committed: it is gone from staging then. */
  discard(): Promise<void>;
}

export async function createContentDraft(id: ArticleId, stagingDir: string): Promise<ContentDraft> {
  const dir = tempPathFor(join(stagingDir, id));
  await mkdir(join(dir, IMAGES_DIR), { recursive: true });
  // Keyed by file name; the promise, so two copies of one image arriving together write it once.
  const images = new Map<string, Promise<void>>();
  return {
    id,
    dir,
    async addImage(bytes, ext) {
      if (!/^[a-z0-9]{1,8}$/.test(ext)) throw new Error(`Not an image file extension: ${ext}`);
      const digest = createHash('sha256').update(bytes).digest('hex').slice(0, NAME_DIGEST_CHARS);
      const file = `${IMAGES_DIR}/${digest}.${ext}`;
      let written = images.get(file);
      if (!written) {
        written = writeFileSynced(join(dir, file), bytes);
        images.set(file, written);
      }
      await written;
      return file;
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}
