import type { Article } from '../../../shared/model/article';
import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { escapeHtml } from './escapeHtml';

/**
 * The articles' links as a Netscape bookmark file, the format every browser and bookmark service imports:
 * one flat list (an article with several tags would otherwise be repeated in several folders), each link
 * with its save date, tags in the TAGS attribute, and its excerpt as the `<DD>` description. Articles
 * without an address (pasted text) have no link to give and are left out.
 */
export function libraryBookmarks(articles: readonly AnnotatedArticle[]): { text: string; links: number } {
  const linked = articles.map(({ article }) => article).filter((article) => article.url !== null);
  const text = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>News Archive</H1>',
    '<DL><p>',
    ...linked.flatMap(bookmark),
    '</DL><p>',
    '',
  ].join('\n');
  return { text, links: linked.length };
}

function bookmark(article: Article): string[] {
  const attributes = [
    `HREF="${escapeHtml(article.url as string)}"`,
    `ADD_DATE="${seconds(article.savedAt)}"`,
    `LAST_MODIFIED="${seconds(article.updatedAt)}"`,
    // TAGS is a comma-separated list: a comma inside a tag name (ours allow one) becomes a space.
    ...(article.tags.length > 0 ? [`TAGS="${escapeHtml(article.tags.map((tag) => tag.replace(/,/g, ' ')).join(','))}"`] : []),
  ];
  const line = `    <DT><A ${attributes.join(' ')}>${escapeHtml(article.title)}</A>`;
  return article.excerpt.trim() ? [line, `    <DD>${escapeHtml(article.excerpt.trim())}`] : [line];
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
