import type { ReactNode } from 'react';
import type { ArticleSortKey } from '../../../../shared/model/articleQuery';
import { ActiveTagFilter } from '../tags/ActiveTagFilter';
import { TagFilter, type TagFilterValue } from '../tags/TagFilter';
import type { TagRow } from '../tags/tagRows';
import { ActiveSiteFilter } from './ActiveSiteFilter';
import { countArticles } from './articleActions';
import { SiteSelect } from './SiteSelect';
import { SortControl } from './SortControl';
import { directionLabel, sortOptions } from './sortOptions';
import type { SiteCounts } from './useSites';
import './ListControls.css';

interface ListControlsProps {
  sort: ArticleSortKey;
  direction: 'asc' | 'desc';
  site: string | undefined;
  sites: SiteCounts;
  tagFilter: TagFilterValue;
  tagRows: readonly TagRow[];
  /** How many articles the view shows; null while unknown. */
  total: number | null;
  onSort: (sort: ArticleSortKey, direction: 'asc' | 'desc') => void;
  onSite: (site: string | undefined) => void;
  onTagFilter: (value: TagFilterValue) => void;
  onManageTags: () => void;
  /** What else the view offers beside its order and filter (the Trash's "Empty Trash"). */
  children?: ReactNode;
}

/** The list's sort order and its site and tag filters, with the active filters shown and one click to clear each. */
export function ListControls({ sort, direction, site, sites, tagFilter, tagRows, total, onSort, onSite, onTagFilter, onManageTags, children }: ListControlsProps) {
  return (
    <div className="list-controls">
      <p className="list-controls__count" aria-live="polite">
        {total === null ? '' : countArticles(total)}
      </p>
      {children}
      <SortControl options={sortOptions} sort={sort} direction={direction} directionLabel={directionLabel} onSort={onSort} />
      <SiteSelect site={site} sites={sites} onSite={onSite} />
      <TagFilter rows={tagRows} value={tagFilter} onChange={onTagFilter} onManage={onManageTags} />
      <ActiveSiteFilter site={site} onSite={onSite} />
      <ActiveTagFilter value={tagFilter} onChange={onTagFilter} />
    </div>
  );
}
