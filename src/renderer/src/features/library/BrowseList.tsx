import { useCallback } from 'react';
import type { ArticleSortKey, LibraryView } from '../../../../shared/model/articleQuery';
import { useApi } from '../../lib/api';
import type { TagFilterValue } from '../tags/TagFilter';
import type { TagRow } from '../tags/tagRows';
import { SAVE_SHORTCUT } from '../../lib/shortcut';
import { EmptyView } from './EmptyView';
import { LibraryList, type LibraryListBaseProps } from './LibraryList';
import { libraryViewInfo } from './libraryViews';
import { ListControls } from './ListControls';
import { fetchEvery } from './selectedArticles';
import { useArticlePages } from './useArticlePages';
import type { SiteCounts } from './useSites';
import { Welcome } from './Welcome';

interface BrowseListProps extends LibraryListBaseProps {
  query: { view: LibraryView; sort: ArticleSortKey; direction: 'asc' | 'desc'; site: string | undefined } & TagFilterValue;
  sites: SiteCounts;
  tagRows: readonly TagRow[];
  onOrder: (sort: ArticleSortKey, direction: 'asc' | 'desc') => void;
  onSite: (site: string | undefined) => void;
  onTagFilter: (value: TagFilterValue) => void;
}

/** The view's articles, in the chosen order, from the chosen site and tags. */
export function BrowseList({ query, sites, tagRows, onOrder, onSite, onTagFilter, libraryIsEmpty, libraryPath, onSave, onManageTags, ...listProps }: BrowseListProps) {
  const api = useApi();
  const { pages, snapshot } = useArticlePages(query);
  const { label, whenEmpty } = libraryViewInfo(query.view);
  const everyArticle = useCallback(() => fetchEvery((offset, limit) => api.articles.list({ ...query, offset, limit })), [api, query]);
  return (
    <LibraryList
      {...listProps}
      view={query.view}
      label={`${label} articles`}
      pages={pages}
      snapshot={snapshot}
      everyArticle={everyArticle}
      controls={(total, extras) => (
        <ListControls
          {...query}
          sites={sites}
          tagFilter={{ tags: query.tags, tagMode: query.tagMode }}
          tagRows={tagRows}
          total={total}
          onSort={onOrder}
          onSite={onSite}
          onTagFilter={onTagFilter}
          onManageTags={onManageTags}
        >
          {extras}
        </ListControls>
      )}
      empty={
        libraryIsEmpty === 'welcome' ? (
          <Welcome libraryPath={libraryPath} onSave={onSave} />
        ) : libraryIsEmpty === 'dismissed' ? (
          <EmptyView message={`Nothing saved yet. Press ${SAVE_SHORTCUT.label} to save an article, or paste a link anywhere on this page.`} />
        ) : (
          <EmptyView message={query.site || query.tags.length > 0 ? 'Nothing here matches the filter.' : whenEmpty} />
        )
      }
    />
  );
}
