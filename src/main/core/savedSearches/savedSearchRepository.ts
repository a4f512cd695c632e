import type { Low } from 'lowdb';
import { AppError } from '../../../shared/ipc/result';
import { NewSavedSearchSchema, type NewSavedSearch, type SavedSearch } from '../../../shared/model/search';
import { persist } from '../store/persist';
import type { SavedSearchesFile } from './savedSearchesFile';

export interface SavedSearchRepositoryDeps {
  /** records/savedSearches.json */
  db: Low<SavedSearchesFile>;
  clock: () => Date;
  randomId: () => string;
  emit: () => void;
}

const nameKey = (name: string) => name.toLocaleLowerCase();
const byName = (a: SavedSearch, b: SavedSearch) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

/** Searches kept under a name; names are unique whatever their case. */
export function createSavedSearchRepository({ db, clock, randomId, emit }: SavedSearchRepositoryDeps) {
  async function commit(searches: SavedSearch[]): Promise<void> {
    db.data.searches = searches;
    await persist([db]);
    emit();
  }

  return {
    list: (): SavedSearch[] => [...db.data.searches].sort(byName),

    async save(input: NewSavedSearch): Promise<SavedSearch> {
      const parsed = NewSavedSearchSchema.safeParse(input);
      if (!parsed.success) throw new AppError('invalid-input', parsed.error.issues[0]?.message ?? 'That search cannot be saved.');
      const { name, query } = parsed.data;
      if (db.data.searches.some((search) => nameKey(search.name) === nameKey(name))) {
        throw new AppError('invalid-input', `A saved search is already called "${name}". Choose another name.`);
      }
      const search: SavedSearch = { id: randomId(), name, query, createdAt: clock().toISOString() };
      await commit([...db.data.searches, search]);
      return search;
    },

    async delete(id: string): Promise<void> {
      if (!db.data.searches.some((search) => search.id === id)) throw new AppError('not-found', 'That saved search is not in the library (any more).');
      await commit(db.data.searches.filter((search) => search.id !== id));
    },
  };
}
export type SavedSearchRepository = ReturnType<typeof createSavedSearchRepository>;
