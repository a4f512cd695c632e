import type { LibraryView } from '../../../../shared/model/articleQuery';
import { libraryViewInfo } from '../library/libraryViews';
import { looserSearch } from './looserSearch';

interface NoResultsProps {
  query: string;
  view: LibraryView;
  /** Searches the whole library (the All view) instead. */
  onSearchAll: () => void;
}

/** A search that found nothing: says so, and how to find more. */
export function NoResults({ query, view, onSearchAll }: NoResultsProps) {
  return (
    <div className="empty-view no-results">
      <p className="no-results__title">
        Nothing in {libraryViewInfo(view).label} matches <q>{query.trim()}</q>.
      </p>
      <p>{looserSearch(query)}</p>
      {view !== 'all' && (
        <button type="button" className="button button--small" onClick={onSearchAll}>
          Search all articles
        </button>
      )}
    </div>
  );
}
