import type { SearchHit, SearchPage } from '../../../../src/shared/model/search';
import { article } from '../fakeApi';

let made = 0;

/** A search hit on a fresh article, its title's words marked where the test says. */
export function hit(title: string, overrides: Partial<Omit<SearchHit, 'article'>> = {}): SearchHit {
  const id = `30000000-0000-4000-8000-${String(++made).padStart(12, '0')}`;
  return { article: { ...article({ title }), id }, score: 1, titleMarks: [], snippet: null, ...overrides };
}

export const page = (items: SearchHit[], tookMs = 3): SearchPage => ({ items, total: items.length, highlightCounts: {}, tookMs });
