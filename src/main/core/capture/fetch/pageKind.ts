import { AppError } from '../../../../shared/ipc/result';
import { HTML, MARKDOWN, TEXT, type PageFileKind } from '../sources/pageFile';

const BY_MIME: Record<string, PageFileKind> = {
  'text/html': HTML,
  'application/xhtml+xml': HTML,
  'text/plain': TEXT,
  'text/markdown': MARKDOWN,
  'text/x-markdown': MARKDOWN,
};

const NAMES: Record<string, string> = {
  'application/pdf': 'a PDF document',
  'application/json': 'JSON data',
  'application/octet-stream': 'a binary file',
  'application/zip': 'a ZIP archive',
};

/** What a response's Content-Type makes of the page; unlabelled responses are taken as HTML. Anything else is refused. */
export function pageKind(contentType: string | null, url: URL): PageFileKind {
  const mime = mimeOf(contentType);
  if (mime === '') return HTML;
  const kind = BY_MIME[mime];
  if (kind) return kind;
  throw notAnArticle(url, mime);
}

export function notAnArticle(url: URL, mime: string): AppError {
  const [family] = mime.split('/');
  const name = NAMES[mime] ?? (family === 'image' || family === 'video' || family === 'audio' ? `${/^[aeiou]/.test(family) ? 'an' : 'a'} ${family}` : 'a file');
  return new AppError('not-an-article', `${url.href} is ${name} (${mime}), not a web page or text.`);
}

export function mimeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
