import type { Article } from '../../../shared/model/article';

export interface SiteCount {
  siteName: string;
  count: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every site named by an article outside the Trash, with how many it has, in alphabetical order. */
export function countSites(articles: Iterable<Article>): SiteCount[] {
  const counts = new Map<string, number>();
  for (const { siteName, trashedAt } of articles) {
    if (siteName !== null && siteName !== '' && trashedAt === null) counts.set(siteName, (counts.get(siteName) ?? 0) + 1);
  }
  return [...counts].map(([siteName, count]) => ({ siteName, count })).sort((a, b) => collator.compare(a.siteName, b.siteName));
}
