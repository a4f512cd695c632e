import type { Article, ArticleId } from '../../../../shared/model/article';
import type { ImportItem } from '../importBatch';

const cut = (value: string | null, max: number) => (value ? value.trim().slice(0, max) || null : null);

/**
 * The record an import makes for an item whose page is not fetched yet: a link with the export's own
 * facts (saved date, state, tags), an empty body, and its address as the title when the export has none.
 */
export function linkArticle(item: ImportItem, id: ArticleId, now: string): Article {
  return {
    id,
    url: item.url,
    canonicalUrl: null,
    title: cut(item.title, 1000) ?? item.url.slice(0, 1000),
    authors: [...new Set(item.authors.map((author) => cut(author, 300)).filter((author) => author !== null))].slice(0, 50),
    siteName: new URL(item.url).hostname.replace(/^www\./, '').slice(0, 300) || null,
    excerpt: cut(item.excerpt, 2000) ?? '',
    lang: null,
    dir: null,
    publishedAt: item.publishedAt,
    modifiedAt: null,
    savedAt: item.savedAt ?? now,
    updatedAt: now,
    wordCount: 0,
    readingMinutes: 0,
    leadImage: null,
    tags: [...item.tags],
    read: item.state.read,
    starred: item.state.starred,
    archived: item.state.archived,
    trashedAt: null,
    progress: Math.min(1, Math.max(0, item.readingProgress)),
    provenance: null,
  };
}

/**
 * A record made from the page, with what the library already says about the article laid over it: its
 * address, saved date, state and tags, and its title, authors, excerpt and date when the export gave them.
 */
export function overlayImported(fromPage: Article, link: Article): Article {
  const untitled = link.title === link.url?.slice(0, 1000);
  return {
    ...fromPage,
    id: link.id,
    url: link.url,
    title: untitled ? fromPage.title : link.title,
    authors: link.authors.length > 0 ? link.authors : fromPage.authors,
    siteName: fromPage.siteName ?? link.siteName,
    excerpt: link.excerpt || fromPage.excerpt,
    publishedAt: link.publishedAt ?? fromPage.publishedAt,
    savedAt: link.savedAt,
    tags: link.tags,
    read: link.read,
    starred: link.starred,
    archived: link.archived,
    trashedAt: link.trashedAt,
    progress: link.progress,
  };
}
