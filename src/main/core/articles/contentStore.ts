import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleContent, ArticleId } from '../../../shared/model/article';
import { AppError } from '../../../shared/ipc/result';
import { fsyncDir, writeFileSynced } from '../fs/durableFile';
import { createContentDraft, IMAGES_DIR, type ContentDraft } from './contentDraft';
import { createRemovalJournal } from './removalJournal';

const HTML_FILE = 'article.html';
const TEXT_FILE = 'text.txt';
/** In the staging folder, which never holds an article's folder under this name. */
const REMOVAL_JOURNAL = 'removing.json';

/** A new article's content: its body, optionally the raw capture, and the draft holding its images. */
export interface NewArticleContent {
  html: string;
  text: string;
  /** The raw capture as stored (already compressed), and its file name inside the article folder. */
  raw?: { file: string; bytes: Uint8Array };
  /** Where the images were stored while capturing; without one, a fresh draft is used. */
  draft?: ContentDraft;
}

/** An article folder's file as a library-relative path, the form records point at files with. */
export const contentPath = (id: ArticleId, file: string) => `content/${id}/${file}`;

/**
 * Article bodies, one folder per article (content/<id>/article.html, text.txt, raw capture, images/),
 * outside the records so a mutation never rewrites them. A folder is built as a draft in `stagingDir`
 * (inside contentDir, so on the same disk) and renamed into place whole; what a crash leaves there is
 * cleared at the next open.
 */
export function createContentStore(contentDir: string, stagingDir: string) {
  const folderOf = (id: ArticleId) => join(contentDir, id);
  const journal = createRemovalJournal(join(stagingDir, REMOVAL_JOURNAL));
  const removeFolders = async (ids: readonly ArticleId[]) => {
    await Promise.all(ids.map((id) => rm(folderOf(id), { recursive: true, force: true })));
    await fsyncDir(contentDir);
    await journal.clear();
  };
  return {
    draft: (id: ArticleId): Promise<ContentDraft> => createContentDraft(id, stagingDir),

    async write(id: ArticleId, content: NewArticleContent): Promise<void> {
      const draft = content.draft ?? (await createContentDraft(id, stagingDir));
      if (draft.id !== id) throw new Error(`The draft of ${draft.id} cannot hold ${id}`);
      try {
        const files: Array<[string, string | Uint8Array]> = [
          [HTML_FILE, content.html],
          [TEXT_FILE, content.text],
          ...(content.raw ? [[content.raw.file, content.raw.bytes] as [string, Uint8Array]] : []),
        ];
        await Promise.all(files.map(([file, data]) => writeFileSynced(join(draft.dir, file), data)));
        await Promise.all([fsyncDir(draft.dir), fsyncDir(join(draft.dir, IMAGES_DIR))]);
        await renameReplacing(draft.dir, folderOf(id));
      } catch (error) {
        await draft.discard();
        throw error;
      }
      await fsyncDir(contentDir);
    },

    /**
     * Deletes articles' folders for good, around `forgetRecords` (which saves the records without them and
     * says which it dropped): the ids are journaled first, the records saved, then the folders of the dropped
     * ones deleted. A record therefore never points at a deleted folder; a crash can only leave folders
     * behind, which `finishRemoval` deletes. An article restored meanwhile keeps its record and its folder.
     */
    async remove(ids: readonly ArticleId[], forgetRecords: () => Promise<readonly ArticleId[]>): Promise<readonly ArticleId[]> {
      await mkdir(stagingDir, { recursive: true });
      await journal.write(ids);
      const forgotten = await forgetRecords();
      await removeFolders(forgotten);
      return forgotten;
    },

    /** At open: finishes a removal a crash interrupted, sparing any article whose record was never dropped. */
    async finishRemoval(hasRecord: (id: ArticleId) => boolean): Promise<void> {
      const ids = await journal.read();
      if (ids.length > 0) await removeFolders(ids.filter((id) => !hasRecord(id)));
      else await journal.clear();
    },

    async read(id: ArticleId): Promise<ArticleContent> {
      try {
        const [html, text] = await Promise.all([readFile(join(folderOf(id), HTML_FILE), 'utf8'), readFile(join(folderOf(id), TEXT_FILE), 'utf8')]);
        return { id, html, text };
      } catch (error) {
        throw notFoundIfMissing(error);
      }
    },

    /**
     * The plain text alone, for search, which never shows the html. Read synchronously: a body is a few KB
     * from the page cache, and a page of 50 results reads them in a millisecond, where the thread pool's
     * four round trips a file (open, stat, read, close) take three.
     */
    readText(id: ArticleId): string {
      try {
        return readFileSync(join(folderOf(id), TEXT_FILE), 'utf8');
      } catch (error) {
        throw notFoundIfMissing(error);
      }
    },
  };
}

/** A file missing from an article's folder is its text missing from the library: AppError('not-found'). */
const notFoundIfMissing = (error: unknown): unknown =>
  (error as NodeJS.ErrnoException).code === 'ENOENT' ? new AppError('not-found', 'The text of this article is missing from the library.') : error;

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
