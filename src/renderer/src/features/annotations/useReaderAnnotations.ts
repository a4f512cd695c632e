import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { ArticleAnnotations, HighlightColor } from '../../../../shared/model/annotation';
import { describeSpan } from '../../../../shared/annotations/describeSpan';
import { markActive } from './paintHighlights';
import { useAnnotationPanel, type AnnotationPanel } from './useAnnotationPanel';
import { useArticleAnnotations } from './useArticleAnnotations';
import { collapseSelection, useFrameSelection } from './useFrameSelection';
import { useHighlightActions, type HighlightActions } from './useHighlightActions';
import { useHighlightClicks } from './useHighlightClicks';
import { useHighlightLayer, type HighlightLayer } from './useHighlightLayer';

/** The highlight whose popover is open, and whether its note is being written. */
export interface OpenedHighlight {
  id: string;
  editing: boolean;
}

export interface ReaderAnnotations {
  annotations: ArticleAnnotations | null;
  layer: HighlightLayer;
  actions: HighlightActions;
  panel: AnnotationPanel;
  /** The text selected in the article, if any. */
  selection: Range | null;
  /** The colour `h` uses: the last one chosen. */
  color: HighlightColor;
  /** Highlights the selection (in `color`, or the last colour), then opens its note when `withNote`. */
  highlightSelection: (color?: HighlightColor, withNote?: boolean) => Promise<void>;
  /** Moves an orphan's target to the selected text. */
  reattach: (id: string) => Promise<void>;
  opened: OpenedHighlight | null;
  setOpened: (opened: OpenedHighlight | null) => void;
  /** The orphan the reader was sent to, for the panel to bring into view. */
  focusedOrphan: string | null;
}

/**
 * Everything the reader does with highlights and notes: the article's annotations, painted in its
 * frame (`frame`, once laid out), the selection and what can be done with it, the open popover and
 * the side panel. `highlightId` is a highlight to take the reader to once everything is in place.
 */
export function useReaderAnnotations(articleId: ArticleId, frame: HTMLIFrameElement | null, highlightId?: string): ReaderAnnotations {
  const query = useArticleAnnotations(articleId);
  const annotations = query.status === 'ready' ? query.value : null;
  const layer = useHighlightLayer(frame, annotations?.highlights ?? null);
  const actions = useHighlightActions(articleId, query.reload);
  const panel = useAnnotationPanel(annotations ? annotations.highlights.length > 0 || annotations.note !== null : null);
  const doc = frame?.contentDocument ?? null;
  const selection = useFrameSelection(doc);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [opened, setOpened] = useState<OpenedHighlight | null>(null);
  const { articleText, ranges } = layer;

  useHighlightClicks(doc, ranges, useCallback((id: string | null) => setOpened(id ? { id, editing: false } : null), []));

  const openedRange = opened ? (ranges.get(opened.id) ?? null) : null;
  useEffect(() => {
    if (frame?.contentWindow) markActive(frame.contentWindow, openedRange);
  }, [frame, openedRange]);

  const targetOfSelection = () => {
    const span = selection && articleText?.spanOf(selection);
    return span && articleText ? describeSpan(articleText.text, span.start, span.end, articleText.hash) : null;
  };

  const highlightSelection = async (chosen = color, withNote = false) => {
    const target = targetOfSelection();
    if (!target || !doc) return;
    setColor(chosen);
    collapseSelection(doc);
    const added = await actions.add(target, chosen);
    if (added && withNote) setOpened({ id: added.id, editing: true });
  };

  const reattach = async (id: string) => {
    const target = targetOfSelection();
    if (!target || !doc) return;
    collapseSelection(doc);
    await actions.update(id, { target });
  };

  // Sent to one highlight (from the Highlights view): go there once the article and its highlights are in.
  const jumped = useRef(false);
  const { goTo } = layer;
  const { show } = panel;
  useEffect(() => {
    if (jumped.current || !highlightId || !annotations || !articleText) return;
    jumped.current = true;
    if (ranges.has(highlightId)) goTo(highlightId);
    else if (annotations.highlights.some(({ id }) => id === highlightId)) show();
  }, [highlightId, annotations, articleText, ranges, goTo, show]);
  const focusedOrphan = highlightId && layer.anchored.orphans.some(({ id }) => id === highlightId) ? highlightId : null;

  return { annotations, layer, actions, panel, selection, color, highlightSelection, reattach, opened, setOpened, focusedOrphan };
}
