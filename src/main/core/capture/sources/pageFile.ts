import { extname } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { DEFAULT_LIMITS } from '../fetch/fetchOptions';
import type { RawPage } from '../types';

export interface PageFileKind {
  rawKind: RawPage['rawKind'];
  format: RawPage['format'];
  /** The type the file's bytes are kept as, in the provenance. */
  contentType: string;
}

export const HTML: PageFileKind = { rawKind: 'html', format: 'html', contentType: 'text/html' };
const MHTML: PageFileKind = { rawKind: 'mhtml', format: 'html', contentType: 'multipart/related' };
export const TEXT: PageFileKind = { rawKind: 'text', format: 'text', contentType: 'text/plain' };
export const MARKDOWN: PageFileKind = { rawKind: 'markdown', format: 'markdown', contentType: 'text/markdown' };

const BY_EXTENSION: Record<string, PageFileKind> = {
  '.html': HTML,
  '.htm': HTML,
  '.mhtml': MHTML,
  '.mht': MHTML,
  '.txt': TEXT,
  '.md': MARKDOWN,
  '.markdown': MARKDOWN,
};

/** How big a file may be: a page or text like a fetched page; an archive also carries its images. */
export interface FileLimits {
  pageBytes: number;
  archiveBytes: number;
  imageBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { pageBytes: DEFAULT_LIMITS.pageBytes, archiveBytes: 100 * 1024 * 1024, imageBytes: DEFAULT_LIMITS.imageBytes };

/** What a file holds, by its name; null for files that are no saved page or text. */
export function pageFileKind(name: string): PageFileKind | null {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? null;
}

export function requirePageFileKind(name: string): PageFileKind {
  const kind = pageFileKind(name);
  if (!kind) throw new AppError('unreadable-file', `${name} is not a saved web page or text file (.html, .htm, .mhtml, .mht, .txt, .md).`);
  return kind;
}

/** Refuses a file over its kind's cap, before or after reading it. */
export function checkFileSize(name: string, kind: PageFileKind, size: number, limits: FileLimits): void {
  const cap = kind.rawKind === 'mhtml' ? limits.archiveBytes : limits.pageBytes;
  if (size > cap) throw new AppError('too-large', `${name} is larger than ${Math.round(cap / (1024 * 1024))} MB, the most that is saved.`);
}
