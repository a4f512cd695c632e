import type { Article } from '../../shared/model/article';
import type { SearchField, SearchHit, SearchPage } from '../../shared/model/search';
import { markText, type TextStyle } from './markText';

/**
 * Search results for a person: per article its title, where and when it is from with its id (for
 * `show`), and the passage that matched; then how many matched and how long the search took.
 */
export function formatSearchResults(page: SearchPage, style: TextStyle): string {
  return [...page.items.map((hit) => formatHit(hit, style)), `${totalLine(page)}\n`].join('\n');
}

/** Said before a passage found outside the body, so a match in a note is not taken for the article's words. */
const FIELD_LABELS: Record<SearchField, string> = {
  title: '',
  body: '',
  authors: 'By: ',
  site: 'Site: ',
  tags: 'Tags: ',
  highlights: 'Highlight: ',
  notes: 'Note: ',
};

function formatHit({ article, titleMarks, snippet }: SearchHit, style: TextStyle): string {
  const where = [sourceOf(article), (article.publishedAt ?? article.savedAt).slice(0, 10), article.id].filter(Boolean).join(' · ');
  const lines = [markText(article.title, titleMarks, style), style.faint(where)];
  // A match in the title is already marked above.
  if (snippet && snippet.field !== 'title') {
    const passage = markText(snippet.text, snippet.marks, style).replace(/\s+/g, ' ').trim();
    lines.push(`  ${FIELD_LABELS[snippet.field]}${passage}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The site's name, else its address's host; nothing for an article that came from a file or a paste. */
function sourceOf({ siteName, url }: Article): string | null {
  if (siteName) return siteName;
  return url === null ? null : (URL.parse(url)?.hostname.replace(/^www\./, '') ?? null);
}

function totalLine({ items, total, tookMs }: SearchPage): string {
  const took = `(${tookMs < 10 ? tookMs.toFixed(1) : Math.round(tookMs)} ms)`;
  if (total === 0) return `No article matches ${took}.`;
  const articles = total === 1 ? 'article matches' : 'articles match';
  return items.length < total ? `${items.length} shown; ${total} ${articles} ${took}.` : `${total} ${articles} ${took}.`;
}
