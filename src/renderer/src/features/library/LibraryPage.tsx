import { useState } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { ArticleSortKey, LibraryView } from '../../../../shared/model/articleQuery';
import { LibraryList } from './LibraryList';
import { libraryViewInfo } from './libraryViews';
import type { ArticleActionsState } from './useArticleActions';
import { useSites } from './useSites';
import './LibraryPage.css';

interface LibraryPageProps {
  view: LibraryView;
  /** Known only once the library answered; until then an empty view is just an empty view. */
  libraryIsEmpty: boolean;
  libraryPath: string | null;
  /** Where lead images load from (LibraryInfo.assetBaseUrl); null until known. */
  assetBaseUrl: string | null;
  /** The article to give keyboard focus to once the list shows, e.g. the one just read. */
  focusId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  /** Opens the Save dialog, from the welcome of an empty library. */
  onSave: () => void;
  /** The app's article actions: their toast (with Undo) outlives this screen. */
  actions: ArticleActionsState;
}

/** The library screen: one view's articles in the chosen order and site. */
export function LibraryPage({ view, libraryIsEmpty, libraryPath, assetBaseUrl, focusId, onOpen, onSave, actions }: LibraryPageProps) {
  const [order, setOrder] = useState<{ sort: ArticleSortKey; direction: 'asc' | 'desc' }>({ sort: 'savedAt', direction: 'desc' });
  const [site, setSite] = useState<string | undefined>(undefined);
  const sites = useSites();
  const { label } = libraryViewInfo(view);
  const query = { view, ...order, site };

  return (
    <div className="library-page">
      <h1 className="visually-hidden">{label}</h1>
      <LibraryList
        // A new question starts a new list: its pages, selection and focus belong to the old one.
        key={JSON.stringify(query)}
        query={query}
        sites={sites.status === 'ready' ? sites.value : []}
        onOrder={(sort, direction) => setOrder({ sort, direction })}
        onSite={setSite}
        libraryIsEmpty={libraryIsEmpty}
        libraryPath={libraryPath}
        assetBaseUrl={assetBaseUrl}
        focusId={focusId}
        actions={actions}
        onOpen={onOpen}
        onSave={onSave}
      />
    </div>
  );
}
