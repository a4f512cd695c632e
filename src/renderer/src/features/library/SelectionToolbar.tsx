import type { LibraryView } from '../../../../shared/model/articleQuery';
import { countArticles, type ArticleAction } from './articleActions';
import './SelectionToolbar.css';

interface SelectionToolbarProps {
  count: number;
  view: LibraryView;
  onAction: (action: ArticleAction) => void;
  onTags: () => void;
  onClear: () => void;
}

const actionsIn = (view: LibraryView): [ArticleAction, string][] =>
  view === 'trash'
    ? [['restore', 'Restore']]
    : [
        ['read', 'Mark read'],
        ['unread', 'Mark unread'],
        ['star', 'Star'],
        ['unstar', 'Unstar'],
        view === 'archive' ? ['unarchive', 'Unarchive'] : ['archive', 'Archive'],
        ['trash', 'Delete'],
      ];

/** What can be done to the selected articles, shown while any are selected. */
export function SelectionToolbar({ count, view, onAction, onTags, onClear }: SelectionToolbarProps) {
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Selected articles">
      <p className="selection-toolbar__count">{countArticles(count)} selected</p>
      {actionsIn(view).map(([action, label]) => (
        <button
          key={action}
          type="button"
          className={action === 'trash' ? 'button button--small selection-toolbar__danger' : 'button button--small'}
          onClick={() => onAction(action)}
        >
          {label}
        </button>
      ))}
      {view !== 'trash' && (
        <button type="button" className="button button--small" aria-keyshortcuts="t" onClick={onTags}>
          Tags…
        </button>
      )}
      <button type="button" className="button button--small button--quiet" aria-label="Clear selection" title="Clear selection" onClick={onClear}>
        ✕
      </button>
    </div>
  );
}
