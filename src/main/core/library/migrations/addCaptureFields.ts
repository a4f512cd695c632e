import type { JsonObject, Migration } from '../../store/migrations';

/**
 * Format 1 -> 2, with capture: articles gain a canonical address, a modified date and their
 * provenance. Records saved before capture have none of these, and say so with null.
 */
export const addCaptureFields: Migration = {
  from: 1,
  migrate(kind, file) {
    if (kind !== 'articleShard') return file;
    const articles = (file.articles ?? {}) as Record<string, JsonObject>;
    const migrated = Object.fromEntries(
      Object.entries(articles).map(([id, article]) => [id, { canonicalUrl: null, modifiedAt: null, provenance: null, ...article }]),
    );
    return { ...file, articles: migrated };
  },
};
