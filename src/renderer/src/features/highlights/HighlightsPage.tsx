import { useCallback, useState } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { HighlightId, HighlightListItem } from '../../../../shared/model/annotation';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { useApi } from '../../lib/api';
import { EmptyView } from '../library/EmptyView';
import { useSites } from '../library/useSites';
import { TagSidebar } from '../tags/TagSidebar';
import { tagRows } from '../tags/tagRows';
import { useTagTree } from '../tags/useTagTree';
import { useAnnotationExport } from '../annotations/useAnnotationExport';
import { ExportMenu } from './ExportMenu';
import { HighlightControls } from './HighlightControls';
import { HighlightList } from './HighlightList';
import { NoHighlights } from './NoHighlights';
import { useHighlightPages, type HighlightFilter } from './useHighlightPages';
import './HighlightsPage.css';

interface HighlightsPageProps {
  /** Opens the article in the reader, at the highlight. */
  onOpen: (articleId: ArticleId, highlightId: HighlightId) => void;
  onManageTags: () => void;
}

const NO_FILTER: HighlightFilter = { colors: [], tags: [], site: undefined };

/** Every highlight and note across the library, newest first, by colour, site and tag; each opens its article there. */
export function HighlightsPage({ onOpen, onManageTags }: HighlightsPageProps) {
  const api = useApi();
  const [filter, setFilter] = useState<HighlightFilter>(NO_FILTER);
  const { pages, snapshot } = useHighlightPages(filter);
  const sites = useSites();
  const tagTree = useTagTree();
  const exporting = useAnnotationExport();
  const rows = tagRows(tagTree.status === 'ready' ? tagTree.value : []);
  const filtered = filter !== NO_FILTER && (filter.colors.length > 0 || filter.tags.length > 0 || filter.site !== undefined);
  const open = useCallback((item: HighlightListItem) => onOpen(item.article.id, item.highlight.id), [onOpen]);
  const openLink = useCallback((url: string) => void api.shell.openExternal({ url }), [api]);

  const list =
    snapshot.total === null ? (
      snapshot.error ? (
        <ErrorState title="The highlights could not be listed" message={snapshot.error.message} onRetry={() => void pages.refresh()} />
      ) : (
        <LoadingState label="Gathering your highlights…" />
      )
    ) : snapshot.total > 0 ? (
      <HighlightList key={JSON.stringify(filter)} pages={pages} total={snapshot.total} version={snapshot.version} onOpen={open} onOpenLink={openLink} />
    ) : filtered ? (
      <EmptyView message="No highlights match the filter." />
    ) : (
      <NoHighlights />
    );

  return (
    <div className="library-page highlights-page">
      <h1 className="visually-hidden">Highlights</h1>
      <TagSidebar
        rows={rows}
        active={filter.tags.length === 1 ? filter.tags[0] : undefined}
        onChoose={(tag) => setFilter({ ...filter, tags: [tag] })}
        onManage={onManageTags}
      />
      <div className="library-page__list">
        <HighlightControls
          filter={filter}
          sites={sites.status === 'ready' ? sites.value : []}
          tagRows={rows}
          total={snapshot.total}
          onFilter={setFilter}
          onManageTags={onManageTags}
        >
          {snapshot.total !== null && (filtered || snapshot.total > 0) && <ExportMenu exporting={exporting} />}
        </HighlightControls>
        {list}
      </div>
    </div>
  );
}
