import type { Handlers } from '../../shared/ipc/contract';
import type { LibraryExportFormat } from '../../shared/model/libraryExport';
import { exportedArticles } from '../core/export/exportedArticles';
import { exportLibrary } from '../core/export/exportLibrary';
import type { Library } from '../core/library/library';
import type { HandlerDeps } from './createHandlers';

type ExportDeps = Pick<HandlerDeps, 'chooseSavePath' | 'appVersion'>;

// A file's extension tells the save dialog its type; markdown and html become a new folder, so their name has none.
const SUFFIX: Record<LibraryExportFormat, string> = {
  markdown: '-markdown',
  html: '-html',
  csv: '.csv',
  json: '.json',
  bookmarks: '-bookmarks.html',
  jsonld: '-annotations.jsonld',
  backup: '-backup.zip',
};

/** What the save dialog suggests: `news-archive-2026-11-30.csv`, dated today (local time). */
export function suggestedExportName(format: LibraryExportFormat, today: Date): string {
  const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `news-archive-${day}${SUFFIX[format]}`;
}

/** `library:export`: asks where, then runs the core exporter; the core's refusals reach the UI as they are. */
export function createExportHandler(library: Library, { chooseSavePath, appVersion }: ExportDeps, clock = () => new Date()): Handlers['library']['export'] {
  return async ({ format, tag }) => {
    const path = await chooseSavePath(suggestedExportName(format, clock()));
    if (path === null) return null;
    const summary = await exportLibrary(library, path, { format, tag, appVersion, clock });
    // Bookmarks count links, Web Annotations count annotations and a backup files: the person asked about articles.
    const articles = summary.unit === 'article' ? summary.count : exportedArticles(library, tag).length;
    return { path: summary.path, articles, images: summary.images ?? 0 };
  };
}
