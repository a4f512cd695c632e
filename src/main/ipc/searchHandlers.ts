import type { Handlers } from '../../shared/ipc/contract';
import type { Library } from '../core/library/library';

/** The `search:*` channels over the library's search; results carry highlight counts, as articles:list does. */
export function createSearchHandlers(search: Library['search']): Handlers['search'] {
  return {
    query: async (request) => search.query(request),
    saved: async () => search.saved(),
    save: async (input) => search.save(input),
    deleteSaved: async ({ id }) => {
      await search.deleteSaved(id);
      return null;
    },
  };
}
