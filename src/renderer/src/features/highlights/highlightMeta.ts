import type { HighlightListItem } from '../../../../shared/model/annotation';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What a highlight row says under its title: the article's site, and when the highlight was made. */
export function highlightMeta({ highlight, article }: HighlightListItem): string[] {
  return [article.siteName, `Highlighted ${day.format(new Date(highlight.createdAt))}`].filter((part): part is string => Boolean(part));
}

/** "1 highlight", "1,204 highlights". */
export function countHighlights(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'highlight' : 'highlights'}`;
}
