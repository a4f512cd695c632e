import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleContent, ArticleId } from '../../../shared/model/article';
import { AppError } from '../../../shared/ipc/result';
import { fsyncDir, writeFileSynced } from '../fs/durableFile';
import { tempPathFor } from '../fs/tempFiles';

const HTML_FILE = 'article.html';
const TEXT_FILE = 'text.txt';

/**
 * Article bodies, one folder per article (content/<id>/article.html, text.txt), outside the records so
 * a mutation never rewrites them. A folder is written in `stagingDir` (inside contentDir, so on the same
 * disk) and renamed into place whole; what a crash leaves there is cleared at the next open.
 */
export function createContentStore(contentDir: string, stagingDir: string) {
  const folderOf = (id: ArticleId) => join(contentDir, id);
  return {
    async write(id: ArticleId, content: { html: string; text: string }): Promise<void> {
      const staging = tempPathFor(join(stagingDir, id));
      await mkdir(staging, { recursive: true });
      try {
        await Promise.all([writeFileSynced(join(staging, HTML_FILE), content.html), writeFileSynced(join(staging, TEXT_FILE), content.text)]);
        await fsyncDir(staging);
        await renameReplacing(staging, folderOf(id));
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
      await fsyncDir(contentDir);
    },

    async read(id: ArticleId): Promise<ArticleContent> {
      try {
        const [html, text] = await Promise.all([readFile(join(folderOf(id), HTML_FILE), 'utf8'), readFile(join(folderOf(id), TEXT_FILE), 'utf8')]);
        return { id, html, text };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not-found', 'The text of this article is missing from the library.');
        throw error;
      }
    },
  };
}
/** A folder left by an article whose record was lost (and is now added again) gives way to the new one. */
async function renameReplacing(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await rm(to, { recursive: true, force: true });
    await rename(from, to);
  }
}

export type ContentStore = ReturnType<typeof createContentStore>;
