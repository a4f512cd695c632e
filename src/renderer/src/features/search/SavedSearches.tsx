import { useState } from 'react';
import type { SavedSearch } from '../../../../shared/model/search';
import { useApi } from '../../lib/api';
import type { ArticleActionsState } from '../library/useArticleActions';
import { useSavedSearches } from './useSavedSearches';
import './SavedSearches.css';

interface SavedSearchesProps {
  /** The search in the box, so its saved name shows as the current one. */
  current: string;
  onRun: (query: string) => void;
  /** Reports a deletion with its Undo. */
  showUndo: ArticleActionsState['showUndo'];
}

/** The saved searches, in the sidebar above the tags: a click runs one, ✕ deletes it (with Undo). */
export function SavedSearches({ current, onRun, showUndo }: SavedSearchesProps) {
  const api = useApi();
  const saved = useSavedSearches();
  const [failure, setFailure] = useState<string | null>(null);
  if (saved.status !== 'ready' || saved.value.length === 0) return null;

  const remove = async ({ id, name, query }: SavedSearch) => {
    const result = await api.search.deleteSaved({ id });
    setFailure(result.ok ? null : result.error.message);
    if (!result.ok) return;
    showUndo(`Saved search “${name}” deleted`, async () => {
      const back = await api.search.save({ name, query });
      return back.ok ? null : back.error.message;
    });
  };

  return (
    <nav className="saved-searches" aria-label="Saved searches">
      <h2 className="tag-sidebar__title">Saved searches</h2>
      <ul className="saved-searches__list">
        {saved.value.map((search) => (
          <li key={search.id} className="saved-searches__row">
            <button
              type="button"
              className="saved-searches__run"
              aria-current={search.query === current.trim() || undefined}
              title={search.query}
              onClick={() => onRun(search.query)}
            >
              <span className="saved-searches__name">{search.name}</span>
            </button>
            <button type="button" className="saved-searches__delete" aria-label={`Delete the saved search “${search.name}”`} onClick={() => void remove(search)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p className="saved-searches__failure" role="status">
          {failure}
        </p>
      )}
    </nav>
  );
}
