import type { LibraryView } from '../../../../shared/model/articleQuery';
import { Icon } from '../../components/Icon/Icon';
import { libraryViews } from './libraryViews';
import './ViewTabs.css';

/** What the library screen shows: one view of its articles, or the highlights across all of them. */
export type LibraryScreen = LibraryView | 'highlights';

interface ViewTabsProps {
  current: LibraryScreen;
  onChange: (screen: LibraryScreen) => void;
}

/** The article views, then, set apart because it lists highlights rather than articles, the Highlights view. */
export function ViewTabs({ current, onChange }: ViewTabsProps) {
  const tab = (screen: LibraryScreen, label: string, icon?: 'highlighter') => (
    <li key={screen}>
      <button type="button" className="view-tabs__tab" aria-current={screen === current ? 'page' : undefined} onClick={() => onChange(screen)}>
        {icon && <Icon name={icon} />}
        {label}
      </button>
    </li>
  );
  return (
    <nav className="view-tabs" aria-label="Library views">
      <ul className="view-tabs__list">{libraryViews.map(({ view, label }) => tab(view, label))}</ul>
      <ul className="view-tabs__list view-tabs__list--apart">{tab('highlights', 'Highlights', 'highlighter')}</ul>
    </nav>
  );
}
