import type { ReactNode } from 'react';
import type { HighlightColor } from '../../../../shared/model/annotation';
import { ActiveSiteFilter } from '../library/ActiveSiteFilter';
import { SiteSelect } from '../library/SiteSelect';
import type { SiteCounts } from '../library/useSites';
import { ActiveTagFilter } from '../tags/ActiveTagFilter';
import { TagFilter, type TagFilterValue } from '../tags/TagFilter';
import type { TagRow } from '../tags/tagRows';
import { ColorToggles } from './ColorToggles';
import { countHighlights } from './highlightMeta';
import type { HighlightFilter } from './useHighlightPages';

interface HighlightControlsProps {
  filter: HighlightFilter;
  sites: SiteCounts;
  tagRows: readonly TagRow[];
  /** How many highlights match; null while unknown. */
  total: number | null;
  onFilter: (filter: HighlightFilter) => void;
  onManageTags: () => void;
  /** What else the view offers beside its filters (its exports). */
  children?: ReactNode;
}

/** The Highlights view's filters (colour, site, tags), with the active ones shown and one click to clear each. */
export function HighlightControls({ filter, sites, tagRows, total, onFilter, onManageTags, children }: HighlightControlsProps) {
  const tagFilter: TagFilterValue = { tags: filter.tags, tagMode: 'any' };
  const onTags = ({ tags }: TagFilterValue) => onFilter({ ...filter, tags });
  const onSite = (site: string | undefined) => onFilter({ ...filter, site });
  return (
    <div className="list-controls">
      <p className="list-controls__count" aria-live="polite">
        {total === null ? '' : countHighlights(total)}
      </p>
      <ColorToggles value={filter.colors} onChange={(colors: HighlightColor[]) => onFilter({ ...filter, colors })} />
      <SiteSelect site={filter.site} sites={sites} onSite={onSite} />
      <TagFilter rows={tagRows} value={tagFilter} onChange={onTags} onManage={onManageTags} anyOnly />
      {children}
      <ActiveSiteFilter site={filter.site} onSite={onSite} />
      <ActiveTagFilter value={tagFilter} onChange={onTags} />
    </div>
  );
}
