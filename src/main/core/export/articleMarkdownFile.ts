import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { frontMatter, optional, optionalList } from '../annotations/export/frontMatter';
import { markdownText, oneLine } from '../annotations/export/markdownText';
import { annotationBlocks } from '../annotations/export/markdownExport';
import { yamlString } from '../annotations/export/yamlString';

/**
 * One article as a Markdown note: front matter with its record (names in snake_case, the state as booleans
 * a notes app shows as checkboxes, dates as ISO timestamps), the title as its `#` heading, the body
 * (`bodyMarkdown`, already converted), then its note and highlights under a heading of their own.
 */
export function articleMarkdownFile(annotated: AnnotatedArticle, bodyMarkdown: string): string {
  const { article } = annotated;
  const header = frontMatter([
    ['title', yamlString(article.title)],
    ['url', optional(article.url, yamlString)],
    ['canonical_url', optional(article.canonicalUrl, yamlString)],
    ['authors', optionalList(article.authors)],
    ['site', optional(article.siteName, yamlString)],
    ['published', optional(article.publishedAt, String)],
    ['modified', optional(article.modifiedAt, String)],
    ['saved', article.savedAt],
    ['tags', optionalList(article.tags)],
    ['read', String(article.read)],
    ['starred', String(article.starred)],
    ['archived', String(article.archived)],
    ['progress', String(Math.round(article.progress * 100) / 100)],
    ['word_count', String(article.wordCount)],
    ['language', optional(article.lang, yamlString)],
  ]);
  const annotations = annotationBlocks(annotated);
  const blocks = [`# ${markdownText(oneLine(article.title))}`, bodyMarkdown, ...(annotations.length > 0 ? ['## Highlights and notes', ...annotations] : [])];
  return `${header}\n${blocks.filter(Boolean).join('\n\n')}\n`;
}
