import { PAGE_URL, readTestPages } from '../../bench/extractionFixtures';
import { extractPage } from '../../src/main/core/capture/extract/extractPage';
import { sanitizeArticle } from '../../src/main/core/capture/extract/sanitizeArticle';

/** What the reader gets of a saved page: its metadata and the sanitized article HTML stored at capture. */
export interface SavedArticle {
  title: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  html: string;
}

/** A page's source through the app's own capture steps, in process: extraction, then sanitizing with every image stored. */
export function saveArticle(source: string): SavedArticle {
  const extraction = extractPage({ text: source, format: 'html', url: PAGE_URL });
  const images = Object.fromEntries(extraction.images.map((src, i) => [src, `archive-asset://test/image-${i}.jpg`]));
  return {
    title: extraction.title,
    lang: extraction.lang,
    dir: extraction.dir,
    html: sanitizeArticle({ html: extraction.html, images: { kind: 'local', images } }),
  };
}

/** Readability's test pages (beside the repository), by name, with their source HTML. */
export function readabilityPageSources(): { name: string; source: string }[] {
  return readTestPages().map(({ name, source }) => ({ name, source }));
}
