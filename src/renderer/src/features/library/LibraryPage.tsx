import { useState } from 'react';
import type { ArticleSortKey, LibraryView } from '../../../../shared/model/articleQuery';
import { SavedSearches } from '../search/SavedSearches';
import { SearchResults } from '../search/SearchResults';
import type { SearchState } from '../search/useSearch';
import { withTagFilter } from '../search/withTagFilter';
import type { TagFilterValue } from '../tags/TagFilter';
import { TagSidebar } from '../tags/TagSidebar';
import { tagRows } from '../tags/tagRows';
import { useTagTree } from '../tags/useTagTree';
import { BrowseList } from './BrowseList';
import type { LibraryListBaseProps } from './LibraryList';
import { libraryViewInfo } from './libraryViews';
import { useSites } from './useSites';
import './LibraryPage.css';

interface LibraryPageProps extends LibraryListBaseProps {
  view: LibraryView;
  search: SearchState;
  /** Moves a search that found nothing here to the All view. */
  onSearchAll: () => void;
}

/**
 * The library screen: one view's articles in the chosen order, from the chosen site and tags; or,
 * while there is a search, its results within the view. Until a search's first results arrive (or
 * while a newer one is on its way or was refused), what was on show stays, dimmed.
 */
export function LibraryPage({ view, search, onSearchAll, ...listProps }: LibraryPageProps) {
  const [order, setOrder] = useState<{ sort: ArticleSortKey; direction: 'asc' | 'desc' }>({ sort: 'savedAt', direction: 'desc' });
  const [site, setSite] = useState<string | undefined>(undefined);
  const [tagFilter, setTagFilter] = useState<TagFilterValue>({ tags: [], tagMode: 'any' });
  const sites = useSites();
  const tagTree = useTagTree();
  const { label } = libraryViewInfo(view);
  const query = { view, ...order, site, ...tagFilter };
  const rows = tagRows(tagTree.status === 'ready' ? tagTree.value : []);
  const searching = search.query !== '';
  const { results } = search;

  return (
    <div className="library-page">
      <h1 className="visually-hidden">{searching ? `Search in ${label}` : label}</h1>
      <div className="library-sidebar">
        <SavedSearches current={search.text} onRun={search.run} showUndo={listProps.actions.showUndo} />
        <TagSidebar
          rows={rows}
          active={tagFilter.tags.length === 1 && !searching ? tagFilter.tags[0] : undefined}
          // While searching, a tag narrows the search; otherwise it filters the list.
          onChoose={(tag) => (searching ? search.run(withTagFilter(search.text, tag)) : setTagFilter({ tags: [tag], tagMode: 'any' }))}
          onManage={listProps.onManageTags}
        />
      </div>
      <div className={searching && results.stale ? 'library-page__list library-page__list--stale' : 'library-page__list'}>
        {results.pages ? (
          <SearchResults
            key={JSON.stringify(results.pages.ask)}
            {...listProps}
            pages={results.pages}
            snapshot={results.snapshot}
            order={search.order}
            onOrder={search.setOrder}
            onSearchAll={onSearchAll}
          />
        ) : (
          <BrowseList
            // A new question starts a new list: its pages, selection and focus belong to the old one.
            key={JSON.stringify(query)}
            {...listProps}
            query={query}
            sites={sites.status === 'ready' ? sites.value : []}
            tagRows={rows}
            onOrder={(sort, direction) => setOrder({ sort, direction })}
            onSite={setSite}
            onTagFilter={setTagFilter}
          />
        )}
      </div>
    </div>
  );
}
