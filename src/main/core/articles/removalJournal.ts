import { readFile, rm } from 'node:fs/promises';
import { ArticleIdSchema, type ArticleId } from '../../../shared/model/article';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/**
 * The content folders a removal is about to delete, written down (durably) before their records go.
 * A crash after the records were saved but before the folders were gone leaves this file behind, and
 * the next open finishes the work: only folders whose article has no record any more are deleted.
 */
export function createRemovalJournal(file: string) {
  return {
    write: (ids: readonly ArticleId[]) => writeFileAtomic(file, JSON.stringify({ ids })),

    /** The ids of an unfinished removal; none when there is no journal or it cannot be read. */
    async read(): Promise<ArticleId[]> {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      try {
        const ids: unknown = (JSON.parse(text) as { ids?: unknown }).ids;
        // Only well-formed ids ever become paths to delete.
        return Array.isArray(ids) ? ids.filter((id): id is ArticleId => ArticleIdSchema.safeParse(id).success) : [];
      } catch {
        return []; // a torn journal belongs to a removal whose records were never saved
      }
    },

    clear: () => rm(file, { force: true }),
  };
}
