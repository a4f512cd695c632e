import { resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { LIBRARY_EXPORT_FORMATS, type LibraryExportFormat } from '../../../shared/model/libraryExport';
import { annotationsJsonLd } from '../annotations/export/jsonLdExport';
import { writeFullBackup } from '../backup/writeFullBackup';
import type { Library } from '../library/library';
import { libraryBookmarks } from './bookmarksExport';
import { libraryCsv } from './csvExport';
import { exportedArticles } from './exportedArticles';
import { writeHtmlFolder } from './htmlFolder';
import { libraryJson } from './jsonExport';
import { writeMarkdownFolder } from './markdownFolder';
import { refuseIfExists, writeNewFile, writeNewFolder } from './safeOutput';

export { LIBRARY_EXPORT_FORMATS, type LibraryExportFormat };

export interface LibraryExportOptions {
  format: LibraryExportFormat;
  /** Only the articles carrying this tag or one of its children. */
  tag?: string;
  /** The app's version, recorded in a backup's manifest. */
  appVersion: string;
  clock?: () => Date;
}

/** What an export wrote, for the user: where, and how many of each thing. */
export interface LibraryExportSummary {
  path: string;
  /** Articles in the export (for a backup: files in it). */
  count: number;
  /** What `count` counts, in the singular: "article", "link", "annotation", "file". */
  unit: string;
  /** Images copied (Markdown) or inlined (HTML). */
  images?: number;
}

/**
 * Exports the library's articles outside the Trash (or those of one tag) to `out`: a new or empty folder
 * for the one-file-per-article formats (markdown, html), a new file for the others. Nothing the user
 * already has is ever replaced: an existing target is refused with AppError('invalid-input').
 */
export async function exportLibrary(library: Library, out: string, { format, tag, appVersion, clock = () => new Date() }: LibraryExportOptions): Promise<LibraryExportSummary> {
  const path = resolve(out);
  if (format === 'backup') return backup(library, path, tag, { appVersion, clock });
  const articles = exportedArticles(library, tag);
  const file = async (text: string, count: number, unit: string) => {
    await writeNewFile(path, text);
    return { path, count, unit };
  };
  switch (format) {
    case 'markdown':
    case 'html': {
      const writeFolder = format === 'markdown' ? writeMarkdownFolder : writeHtmlFolder;
      const written = await writeNewFolder(path, (dir) => writeFolder(library, articles, dir));
      return { path, count: written.files, unit: 'article', images: written.images };
    }
    case 'csv':
      return file(libraryCsv(articles), articles.length, 'article');
    case 'json':
      return file(libraryJson(articles, clock()), articles.length, 'article');
    case 'bookmarks': {
      const { text, links } = libraryBookmarks(articles);
      return file(text, links, 'link');
    }
    case 'jsonld': {
      const annotations = articles.reduce((sum, { note, highlights }) => sum + highlights.length + (note ? 1 : 0), 0);
      return file(annotationsJsonLd(articles, clock(), 'Highlights and notes from News Archive'), annotations, 'annotation');
    }
  }
}

/** The whole library as one ZIP (see writeFullBackup), which is never filtered and never replaces a file. */
async function backup(library: Library, path: string, tag: string | undefined, options: { appVersion: string; clock: () => Date }): Promise<LibraryExportSummary> {
  if (tag !== undefined) throw new AppError('invalid-input', 'A backup holds the whole library; --tag cannot narrow it.');
  await refuseIfExists(path);
  const { files } = await writeFullBackup(library, path, options);
  return { path, count: files, unit: 'file' };
}
