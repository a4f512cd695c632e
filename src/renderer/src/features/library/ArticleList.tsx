import { useEffect, useRef } from 'react';
import type { Article } from '../../../../shared/model/article';
import { WindowRow } from '../../components/WindowRow/WindowRow';
import { useWindowRows } from '../../lib/useWindowRows';
import { highlightCountAt, type ArticlePages } from './articlePages';
import { ArticleRow, type RowClick, type RowParts } from './ArticleRow';
import { isSelected, type Selection } from './selection';
import './ArticleList.css';

/**
 * A row's height before it is measured: the common row (a one-line title, the meta line, a two-line
 * excerpt). Rows size to their content and are measured once shown; a row still loading is this tall
 * (`.article-row--pending` in the CSS), so the rows around it do not move when it arrives.
 */
export const ESTIMATED_ROW_HEIGHT = 119;
const estimateSize = () => ESTIMATED_ROW_HEIGHT;

export interface FocusTarget {
  index: number;
  /** Bumped for each request, so asking for the same row again still moves focus there. */
  request: number;
}

export type RowPartsOf = (index: number, article: Article) => RowParts;

interface ArticleListProps {
  pages: ArticlePages;
  total: number;
  /** The pages' version: a new one renders the visible rows from the refreshed pages. */
  version: number;
  label: string;
  selection: Selection;
  assetBaseUrl: string | null;
  focus: FocusTarget;
  /** The row the keyboard acts on, if any. */
  focused: number | null;
  onFocusIndex: (index: number) => void;
  onClick: (index: number, article: Article, how: RowClick) => void;
  onCheck: (index: number, article: Article, range: boolean) => void;
  rowParts?: RowPartsOf;
}

/** The view's articles as a virtualized list over the window's scroll (useWindowRows). */
export function ArticleList({ pages, total, version, label, selection, assetBaseUrl, focus, focused, onFocusIndex, onClick, onCheck, rowParts }: ArticleListProps) {
  const { listRef, virtualizer, rows, scrollMargin } = useWindowRows({ pages, total, version, estimateSize });

  // Moving focus to a row may first need it scrolled into being; the focus lands once it is rendered.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (focus.request === 0) return;
    pendingFocus.current = focus.index;
    virtualizer.scrollToIndex(focus.index, { align: 'auto' });
  }, [focus, virtualizer]);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = listRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"] .article-row__open`);
    if (!button) return;
    button.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  // A focused row that left the view (archived, deleted) takes the focus with it: hand it to the row now in its place.
  useEffect(() => {
    if (focused === null || document.activeElement !== document.body || total === 0) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${Math.min(focused, total - 1)}"] .article-row__open`)?.focus({ preventScroll: true });
  }, [listRef, version, focused, total]);

  return (
    <ol ref={listRef} className="article-list" aria-label={label} style={{ blockSize: virtualizer.getTotalSize() }}>
      {rows.map((row) => {
        const article = pages.itemAt(row.index);
        return (
          <WindowRow
            key={row.key}
            row={row}
            total={total}
            scrollMargin={scrollMargin}
            measure={virtualizer.measureElement}
            className="article-list__item"
            onFocus={() => onFocusIndex(row.index)}
          >
            {article ? (
              <ArticleRow
                article={article}
                index={row.index}
                selected={isSelected(selection, article.id)}
                highlights={highlightCountAt(pages, row.index, article)}
                assetBaseUrl={assetBaseUrl}
                onClick={onClick}
                onCheck={onCheck}
                {...rowParts?.(row.index, article)}
              />
            ) : (
              <div className="article-row article-row--pending" aria-busy="true" />
            )}
          </WindowRow>
        );
      })}
    </ol>
  );
}
