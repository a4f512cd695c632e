import { useId, type ReactNode } from 'react';
import type { ArticleSortKey } from '../../../../shared/model/articleQuery';
import { ActiveTagFilter } from '../tags/ActiveTagFilter';
import { TagFilter, type TagFilterValue } from '../tags/TagFilter';
import type { TagRow } from '../tags/tagRows';
import { ActiveSiteFilter } from './ActiveSiteFilter';
import { countArticles } from './articleActions';
import { SiteSelect } from './SiteSelect';
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
  const other = direction === 'asc' ? 'desc' : 'asc';
  const sortId = useId();
  return (
    <div className="list-controls">
      <p className="list-controls__count" aria-live="polite">
        {total === null ? '' : countArticles(total)}
      </p>
      {children}
      <span className="list-controls__field">
        <label htmlFor={sortId}>Sort by</label>
        <select
          className="control"
          id={sortId}
          value={sort}
          onChange={(event) => {
            const key = event.target.value as ArticleSortKey;
            onSort(key, sortOptions.find((option) => option.key === key)?.firstDirection ?? 'desc');
          }}
        >
          {sortOptions.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="button button--small list-controls__direction"
        aria-label={`${directionLabel(sort, direction)}; change to ${directionLabel(sort, other).toLowerCase()}`}
        onClick={() => onSort(sort, other)}
      >
        <span aria-hidden="true">{direction === 'asc' ? '↑' : '↓'}</span> {directionLabel(sort, direction)}
      </button>
      <SiteSelect site={site} sites={sites} onSite={onSite} />
      <TagFilter rows={tagRows} value={tagFilter} onChange={onTagFilter} onManage={onManageTags} />
      <ActiveSiteFilter site={site} onSite={onSite} />
      <ActiveTagFilter value={tagFilter} onChange={onTagFilter} />
    </div>
  );
}
