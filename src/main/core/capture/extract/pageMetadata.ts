import type { Extraction } from '../types';
import { cleanAuthors } from './authors';
import { absoluteHttpUrl, canonicalUrl } from './cleanUrl';
import { toIsoDateTime } from './isoDateTime';
import { readJsonLdArticle } from './jsonLd';
import { firstMeta, readMetaTags } from './metaTags';

/** What the page says about itself, before any extraction: JSON-LD first, then OpenGraph, Twitter, <meta>, <time>. */
export type PageMetadata = Pick<Extraction, 'excerpt' | 'authors' | 'siteName' | 'publishedAt' | 'modifiedAt' | 'lang' | 'dir' | 'canonicalUrl'> & {
  title: string | null;
  leadImage: string | null;
  /** The article's full text as JSON-LD gives it, when it does. */
  articleBody: string | null;
};

const textDir = (value: string | null | undefined) => {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
};

/** A <time datetime> that marks the publication, not a comment's or a related story's. */
function publicationTime(document: Document): string | null {
  const time =
    document.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime], time.published[datetime]') ??
    document.querySelector('article header time[datetime], header time[datetime], article time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

/** Of JSON-LD's headline and name, the one the page's <title> contains (some sites' JSON-LD name a category). */
function headline(candidates: readonly string[], pageTitle: string): string | null {
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return candidates.find((candidate) => squash(pageTitle).includes(squash(candidate))) ?? candidates[0] ?? null;
}

/** `base` is the address relative links resolve against (the page's <base>, else its URL). */
export function readPageMetadata(document: Document, pageUrl: string | null, base: string | null): PageMetadata {
  const meta = readMetaTags(document);
  const ld = readJsonLdArticle(document);
  const html = document.documentElement;
  const locale = firstMeta(meta, 'og:locale')?.replace('_', '-') ?? null;
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const metaAuthors = [firstMeta(meta, 'dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'parsely-author', 'article:author', 'sailthru.author', 'byl')];
  return {
    title:
      headline(ld?.headlines ?? [], document.title ?? '') ??
      firstMeta(meta, 'dc:title', 'dc.title', 'dcterm:title', 'dcterms.title', 'og:title', 'title', 'twitter:title', 'parsely-title'),
    excerpt: ld?.description ?? firstMeta(meta, 'og:description', 'twitter:description', 'description', 'dc.description', 'dcterms.description'),
    authors: cleanAuthors(ld?.authors.length ? ld.authors : metaAuthors.filter((a): a is string => a !== null)),
    siteName: ld?.publisher ?? firstMeta(meta, 'og:site_name', 'application-name', 'twitter:site')?.replace(/^@/, '') ?? null,
    publishedAt: toIsoDateTime(
      ld?.datePublished ??
        firstMeta(meta, 'article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created', 'date') ??
        publicationTime(document),
    ),
    modifiedAt: toIsoDateTime(ld?.dateModified ?? firstMeta(meta, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified')),
    lang: html?.getAttribute('lang')?.trim() || firstMeta(meta, 'content-language', 'dc.language') || ld?.inLanguage || locale,
    dir: textDir(html?.getAttribute('dir')) ?? textDir(document.body?.getAttribute('dir')),
    canonicalUrl: canonicalUrl(canonical ?? firstMeta(meta, 'og:url') ?? ld?.url, base) ?? canonicalUrl(pageUrl, null),
    leadImage: absoluteHttpUrl(firstMeta(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? ld?.image, base),
    articleBody: ld?.articleBody ?? null,
  };
}
