import type { ArticleId } from '../../../../src/shared/model/article';
import type { ImportLink, ImportPreview, ImportProgress } from '../../../../src/shared/model/import';

export const preview = (overrides: Partial<ImportPreview> = {}): ImportPreview => ({
  format: 'pocket-csv',
  source: 'part_000000.csv',
  new: 2,
  existing: 1,
  invalid: 0,
  toFetch: 2,
  problems: [],
  ...overrides,
});

export const progress = (overrides: Partial<ImportProgress> = {}): ImportProgress => ({
  state: 'running',
  fetched: 0,
  failed: 0,
  pending: 0,
  total: 0,
  etaSeconds: null,
  ...overrides,
});

export const link = (articleId: ArticleId, overrides: Partial<ImportLink> = {}): ImportLink => ({
  articleId,
  url: 'https://example.com/story',
  state: 'pending',
  attempts: 0,
  error: null,
  ...overrides,
});
