import { useCallback, useEffect, useMemo } from 'react';
import type { Highlight } from '../../../../shared/model/annotation';
import { readArticleText, type ArticleText } from './anchoring/articleText';
import { anchorHighlights, type AnchoredHighlights } from './anchorHighlights';
import { pageBoxOf, scrollToRange, type PageBox } from './pagePlace';
import { flashRange, paintHighlights } from './paintHighlights';

export interface HighlightLayer {
  /** The article's plain text, once the frame is laid out. */
  articleText: ArticleText | null;
  anchored: AnchoredHighlights;
  /** Each placed highlight's range in the frame's document, by id. */
  ranges: ReadonlyMap<string, Range>;
  /** Scrolls the page to a placed highlight and flashes it. */
  goTo: (id: string) => void;
  /** Where a placed highlight's last line is on the page, to put a popover under it. */
  boxOf: (id: string) => PageBox | null;
}

const NOTHING: AnchoredHighlights = { placed: [], orphans: [] };

/**
 * The article's highlights in its frame: anchored in the text, painted over it, and reachable by
 * id. `frame` is the laid-out article frame (null before).
 */
export function useHighlightLayer(frame: HTMLIFrameElement | null, highlights: readonly Highlight[] | null): HighlightLayer {
  const doc = frame?.contentDocument ?? null;
  const articleText = useMemo(() => {
    const body = doc?.querySelector('.article-body');
    return body ? readArticleText(body) : null;
  }, [doc]);

  const anchored = useMemo(
    () => (articleText && highlights ? anchorHighlights(articleText.text, articleText.hash, highlights) : NOTHING),
    [articleText, highlights],
  );
  const ranges = useMemo(
    () => new Map(anchored.placed.map(({ highlight, anchor }) => [highlight.id, articleText!.rangeOf(anchor.start, anchor.end)])),
    [anchored, articleText],
  );

  useEffect(() => {
    const win = frame?.contentWindow;
    if (!win) return;
    paintHighlights(win, anchored.placed.map(({ highlight }) => ({ color: highlight.color, range: ranges.get(highlight.id)! })));
  }, [frame, anchored, ranges]);

  const goTo = useCallback(
    (id: string) => {
      const range = ranges.get(id);
      if (!frame?.contentWindow || !range) return;
      scrollToRange(frame, range);
      flashRange(frame.contentWindow, range);
    },
    [frame, ranges],
  );
  const boxOf = useCallback((id: string) => {
    const range = ranges.get(id);
    return frame && range ? pageBoxOf(frame, range) : null;
  }, [frame, ranges]);

  return { articleText, anchored, ranges, goTo, boxOf };
}
