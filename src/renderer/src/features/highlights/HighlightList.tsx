import type { HighlightListItem } from '../../../../shared/model/annotation';
import { WindowRow } from '../../components/WindowRow/WindowRow';
import { useWindowRows } from '../../lib/useWindowRows';
import { HighlightRow } from './HighlightRow';
import type { HighlightPages } from './useHighlightPages';

/** A row's height before it is measured: a two-line quote, a one-line note and the source line. */
export const ESTIMATED_HIGHLIGHT_HEIGHT = 132;
const estimateSize = () => ESTIMATED_HIGHLIGHT_HEIGHT;

interface HighlightListProps {
  pages: HighlightPages;
  total: number;
  version: number;
  onOpen: (item: HighlightListItem) => void;
  onOpenLink: (url: string) => void;
}

/** Every highlight matching the filter, newest first, as a virtualized list over the window's scroll. */
export function HighlightList({ pages, total, version, onOpen, onOpenLink }: HighlightListProps) {
  const { listRef, virtualizer, rows, scrollMargin } = useWindowRows({ pages, total, version, estimateSize });
  return (
    <ol ref={listRef} className="highlight-list" aria-label="Highlights" style={{ blockSize: virtualizer.getTotalSize() }}>
      {rows.map((row) => {
        const item = pages.itemAt(row.index);
        return (
          <WindowRow key={row.key} row={row} total={total} scrollMargin={scrollMargin} measure={virtualizer.measureElement} className="highlight-list__item">
            {item ? <HighlightRow item={item} onOpen={onOpen} onOpenLink={onOpenLink} /> : <div className="highlight-row highlight-row--pending" aria-busy="true" />}
          </WindowRow>
        );
      })}
    </ol>
  );
}
