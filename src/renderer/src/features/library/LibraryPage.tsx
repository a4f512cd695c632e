import { useState } from 'react';
import type { ArticleSortKey, LibraryView } from '../../../../shared/model/articleQuery';
import type { TagFilterValue } from '../tags/TagFilter';
import { TagSidebar } from '../tags/TagSidebar';
import { tagRows } from '../tags/tagRows';
import { useTagTree } from '../tags/useTagTree';
import { LibraryList, type LibraryListBaseProps } from './LibraryList';
import { libraryViewInfo } from './libraryViews';
import { useSites } from './useSites';
import './LibraryPage.css';

interface LibraryPageProps extends LibraryListBaseProps {
  view: LibraryView;
}

/** The library screen: one view's articles in the chosen order, from the chosen site and tags. */
export function LibraryPage({ view, ...listProps }: LibraryPageProps) {
  const [order, setOrder] = useState<{ sort: ArticleSortKey; direction: 'asc' | 'desc' }>({ sort: 'savedAt', direction: 'desc' });
  const [site, setSite] = useState<string | undefined>(undefined);
  const [tagFilter, setTagFilter] = useState<TagFilterValue>({ tags: [], tagMode: 'any' });
  const sites = useSites();
  const tagTree = useTagTree();
  const { label } = libraryViewInfo(view);
  const query = { view, ...order, site, ...tagFilter };
  const rows = tagRows(tagTree.status === 'ready' ? tagTree.value : []);

  return (
    <div className="library-page">
      <h1 className="visually-hidden">{label}</h1>
      <TagSidebar
        rows={rows}
        active={tagFilter.tags.length === 1 ? tagFilter.tags[0] : undefined}
        onChoose={(tag) => setTagFilter({ tags: [tag], tagMode: 'any' })}
        onManage={listProps.onManageTags}
      />
      <div className="library-page__list">
        <LibraryList
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
      </div>
    </div>
  );
}
