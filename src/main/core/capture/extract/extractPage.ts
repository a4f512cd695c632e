import type { Extraction, ExtractionInput } from '../types';
import { extractHtml } from './extractHtml';
import { extractMarkdown, extractPlainText } from './extractText';

/** The article in a page, in process: HTML through Readability, text and Markdown through their own paths. */
export function extractPage(page: ExtractionInput): Extraction {
  switch (page.format) {
    case 'html':
      return extractHtml(page.text, page.url, page.baseUrl ?? page.url);
    case 'markdown':
      return extractMarkdown(page.text, page.url);
    case 'text':
      return extractPlainText(page.text, page.url);
  }
}
