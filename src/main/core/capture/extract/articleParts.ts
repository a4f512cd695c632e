import { AppError } from '../../../../shared/ipc/result';
import type { Extraction } from '../types';
import { resolveArticleUrls } from './absoluteUrls';
import { blockText } from './blockText';
import { readingStats } from './wordCount';

/** What is known about an article besides its body, whichever way it was found. */
export type ArticleFacts = Omit<Extraction, 'wordCount' | 'readingMinutes' | 'text' | 'html' | 'images' | 'leadImage' | 'title'> & {
  title: string | null;
  leadImage: string | null;
};

const NO_ARTICLE = 'No article text was found on that page.';

/** A title for an article whose page named none: its first words. */
function titleFromText(text: string): string {
  const first = text.split('\n')[0]!;
  const words = first.split(' ');
  return words.length <= 12 ? first : `${words.slice(0, 12).join(' ')}…`;
}

/**
 * The extraction of an article from its facts and its body element: links and images made absolute,
 * block-aware text, counts. `base` resolves relative addresses. A body without text is nothing to save.
 */
export function completeExtraction(facts: ArticleFacts, body: Element, base: string | null): Extraction {
  const images = resolveArticleUrls(body, base);
  const text = blockText(body);
  if (text === '') throw new AppError('nothing-to-save', NO_ARTICLE);
  const { title, excerpt, authors, siteName, publishedAt, modifiedAt, lang, dir, url, canonicalUrl, leadImage } = facts;
  return {
    title: title || titleFromText(text),
    ...{ excerpt, authors, siteName, publishedAt, modifiedAt, lang, dir, url, canonicalUrl },
    leadImage: leadImage ?? images[0] ?? null,
    ...readingStats(text),
    text,
    html: body.innerHTML.trim(),
    images,
  };
}
