import type { ImportPreview } from '../../../../shared/model/import';
import type { ArticleRepository } from '../../library/library';
import type { ImportBatch, ImportItem } from '../importBatch';

/** Most problems a preview lists; the count of invalid rows is always whole. */
const PROBLEMS_SHOWN = 1000;

export interface ImportPlan {
  preview: ImportPreview;
  /** The items to add, in file order, each address once. */
  fresh: ImportItem[];
}

/**
 * Splits a batch into what is new and what the library already has, by address (the duplicate index
 * knows each article's address, canonical address and the addresses it was fetched from). An address
 * repeated within the file counts once: the later rows are "already there".
 */
export function planImport(batch: ImportBatch, articles: Pick<ArticleRepository, 'findDuplicate'>): ImportPlan {
  const seen = new Set<string>();
  const fresh: ImportItem[] = [];
  for (const item of batch.items) {
    if (seen.has(item.url)) continue;
    seen.add(item.url);
    if (!articles.findDuplicate({ canonicalUrl: null, urls: [item.url], textSha256: null })) fresh.push(item);
  }
  // A problem at an item's own row dropped only part of it (a bad tag); any other is a row left out.
  const itemRows = new Set(batch.items.map((item) => rowKey(item.origin)));
  const invalid = batch.problems.filter((problem) => !itemRows.has(rowKey(problem))).length;
  return {
    fresh,
    preview: {
      format: batch.format,
      source: batch.source,
      new: fresh.length,
      existing: batch.items.length - fresh.length,
      invalid,
      toFetch: fresh.filter((item) => item.content === null).length,
      problems: batch.problems.slice(0, PROBLEMS_SHOWN),
    },
  };
}

const rowKey = ({ file, line, entry }: { file: string; line?: number; entry?: number }) => `${file}\0${line ?? ''}\0${entry ?? ''}`;
