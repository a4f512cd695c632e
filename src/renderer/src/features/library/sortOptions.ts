import type { ArticleSortKey } from '../../../../shared/model/articleQuery';
import type { SortOption } from './SortControl';

/** The list's sort keys as the sort control names them, and which way each reads naturally first. */
export const sortOptions: readonly SortOption<ArticleSortKey>[] = [
  { key: 'savedAt', label: 'Date saved', firstDirection: 'desc' },
  { key: 'publishedAt', label: 'Date published', firstDirection: 'desc' },
  { key: 'title', label: 'Title', firstDirection: 'asc' },
  { key: 'siteName', label: 'Site', firstDirection: 'asc' },
  { key: 'readingMinutes', label: 'Reading time', firstDirection: 'asc' },
];

/** How a direction reads for a key: "Newest first", "A to Z", "Shortest first". */
export function directionLabel(key: ArticleSortKey, direction: 'asc' | 'desc'): string {
  if (key === 'savedAt' || key === 'publishedAt') return direction === 'desc' ? 'Newest first' : 'Oldest first';
  if (key === 'readingMinutes') return direction === 'asc' ? 'Shortest first' : 'Longest first';
  return direction === 'asc' ? 'A to Z' : 'Z to A';
}
