import { titleSlug } from './titleSlug';

/** A file name safe on every system for an article's annotations, e.g. `trump-putin-call-highlights.md`. */
export function exportFileName(title: string, extension: string): string {
  return `${titleSlug(title) || 'article'}-highlights.${extension}`;
}
