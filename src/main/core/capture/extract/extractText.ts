import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import type { Extraction } from '../types';
import { completeExtraction } from './articleParts';
import { cleanAuthors } from './authors';
import { canonicalUrl } from './cleanUrl';
import { shapeArticle, type Block, type ShapedArticle } from './shapeArticle';
import { textParagraphs } from './textParagraphs';

interface ElementBlock extends Block {
  element: Element;
}

function finish(shaped: ShapedArticle<ElementBlock>, document: Document, url: string | null): Extraction {
  const body = document.createElement('div');
  for (const { element } of shaped.body) body.append(element);
  const facts = { siteName: null, publishedAt: null, modifiedAt: null, lang: null, dir: null, leadImage: null };
  return completeExtraction(
    { ...facts, title: shaped.title, excerpt: shaped.excerpt, authors: cleanAuthors(shaped.authors), url, canonicalUrl: canonicalUrl(url, null) },
    body,
    url,
  );
}

/** Plain text, as copied from a page: its paragraphs, with headline, standfirst, bylines and clutter sorted out. */
export function extractPlainText(text: string, url: string | null): Extraction {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const blocks = textParagraphs(text).map((paragraph): ElementBlock => {
    const element = document.createElement('p');
    element.textContent = paragraph;
    return { text: paragraph, isTopHeading: false, hasImage: false, element };
  });
  return finish(shapeArticle(blocks), document, url);
}

/** Markdown, rendered by marked; its first `#` heading is the title, and its blocks are sorted like plain text's. */
export function extractMarkdown(markdown: string, url: string | null): Extraction {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.body.children].map((element): ElementBlock => ({
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    isTopHeading: element.tagName === 'H1',
    hasImage: element.querySelector('img') !== null,
    element,
  }));
  return finish(shapeArticle(blocks), document, url);
}
