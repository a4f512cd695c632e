import type { LibraryView } from '../../../../shared/model/articleQuery';
import { libraryViews } from './libraryViews';
import './ViewTabs.css';

interface ViewTabsProps {
  current: LibraryView;
  onChange: (view: LibraryView) => void;
}

export function ViewTabs({ current, onChange }: ViewTabsProps) {
  return (
    <nav className="view-tabs" aria-label="Library views">
      <ul className="view-tabs__list">
        {libraryViews.map(({ view, label }) => (
          <li key={view}>
            <button
              type="button"
              className="view-tabs__tab"
              aria-current={view === current ? 'page' : undefined}
              onClick={() => onChange(view)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
