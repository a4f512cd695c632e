import { useState } from 'react';
import type { ArticleSortKey, LibraryView } from '../../../../shared/model/articleQuery';
import { LibraryList, type LibraryListBaseProps } from './LibraryList';
import { libraryViewInfo } from './libraryViews';
import { useSites } from './useSites';
import './LibraryPage.css';

interface LibraryPageProps extends LibraryListBaseProps {
  view: LibraryView;
}

/** The library screen: one view's articles in the chosen order and site. */
export function LibraryPage({ view, ...listProps }: LibraryPageProps) {
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
        {...listProps}
        query={query}
        sites={sites.status === 'ready' ? sites.value : []}
        onOrder={(sort, direction) => setOrder({ sort, direction })}
        onSite={setSite}
      />
    </div>
  );
}
