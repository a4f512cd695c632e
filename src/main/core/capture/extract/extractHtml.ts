import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Extraction } from '../types';
import { documentBase } from './absoluteUrls';
import { completeExtraction } from './articleParts';
import { cleanAuthors } from './authors';
import { blockText } from './blockText';
import { cleanTitle } from './cleanTitle';
import { toIsoDateTime } from './isoDateTime';
import { readPageMetadata } from './pageMetadata';
import { preClean } from './preClean';
import { removeLeadingMatter } from './leadingMatter';
import { textTokens } from './wordCount';

function firstParagraph(body: Element): string | null {
  const paragraph = [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).find((text) => text.length > 0);
  return paragraph ?? null;
}

/** Readability's body counts as thin when JSON-LD's articleBody has this many times more words. */
const THIN = 1.5;

/** JSON-LD's articleBody as paragraphs: sites separate them by line breaks, or not at all. */
function paragraphsOf(document: Document, articleBody: string): Element {
  const body = document.createElement('div');
  for (const paragraph of articleBody.split(/\n\s*\n|\n/)) {
    if (!paragraph.trim()) continue;
    const p = document.createElement('p');
    p.textContent = paragraph.trim();
    body.append(p);
  }
  return body;
}

const textDir = (value: string | null | undefined) => (value === 'ltr' || value === 'rtl' ? value : null);

/** An HTML page's article: Readability on a pre-cleaned linkedom document, metadata from the untouched page. */
export function extractHtml(html: string, url: string | null, baseUrl: string | null = url): Extraction {
  const { document } = parseHTML(html);
  const base = documentBase(document, baseUrl);
  const meta = readPageMetadata(document, url, base);
  preClean(document);
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();

  let body = article?.content ?? document.createElement('div');
  const found = textTokens(blockText(body)).length;
  if (meta.articleBody && textTokens(meta.articleBody).length > found * THIN) body = paragraphsOf(document, meta.articleBody);

  const siteName = meta.siteName ?? article?.siteName ?? null;
  const rawTitle = meta.title ?? article?.title ?? null;
  const title = rawTitle && cleanTitle(rawTitle, siteName, url);
  const known = meta.authors.length > 0 ? meta.authors : cleanAuthors(article?.byline ? [article.byline] : []);
  const byline = removeLeadingMatter(body, { title, excerpt: meta.excerpt, authors: known });
  const authors = known.length > 0 || !byline ? known : cleanAuthors([byline]);
  // Without the page's own description, the story's first paragraph: taken once the byline and dateline
  // are gone, so they never stand in for a standfirst (Readability's excerpt is simply the first <p>).
  const excerpt = meta.excerpt ?? firstParagraph(body) ?? article?.excerpt ?? null;
  return completeExtraction(
    {
      title,
      excerpt,
      authors,
      siteName,
      publishedAt: meta.publishedAt ?? toIsoDateTime(article?.publishedTime),
      modifiedAt: meta.modifiedAt,
      lang: meta.lang ?? article?.lang ?? null,
      // The direction of the article's own container says more than the page's.
      dir: textDir(article?.dir) ?? meta.dir,
      url,
      canonicalUrl: meta.canonicalUrl,
      leadImage: meta.leadImage,
    },
    body,
    base,
  );
}
