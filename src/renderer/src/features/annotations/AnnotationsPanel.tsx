import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleNote, Highlight } from '../../../../shared/model/annotation';
import type { AnchoredHighlights } from './anchorHighlights';
import { ArticleNoteSection } from './ArticleNoteSection';
import { ExportActions } from './ExportActions';
import { HighlightItem } from './HighlightItem';
import type { AnnotationExporting } from './useAnnotationExport';
import type { HighlightActions } from './useHighlightActions';
import './AnnotationsPanel.css';

interface AnnotationsPanelProps {
  note: ArticleNote | null;
  anchored: AnchoredHighlights;
  actions: HighlightActions;
  exporting: AnnotationExporting;
  onGoTo: (id: string) => void;
  /** Whether text is selected in the article, which an orphan can be re-attached to. */
  canReattach: boolean;
  onReattach: (id: string) => void;
  /** An orphan to bring into view and focus. */
  focusedOrphan: string | null;
  onOpenLink: (url: string) => void;
  onClose: () => void;
}

/**
 * The side panel: the article's note, its highlights in reading order, the ones that could not be
 * found in the text (orphans, never dropped), and export.
 */
export function AnnotationsPanel({ note, anchored, actions, exporting, onGoTo, canReattach, onReattach, focusedOrphan, onOpenLink, onClose }: AnnotationsPanelProps) {
  const orphanRefs = useRef(new Map<string, HTMLLIElement>());
  useEffect(() => {
    const item = focusedOrphan ? orphanRefs.current.get(focusedOrphan) : undefined;
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus();
  }, [focusedOrphan]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
  const itemProps = (highlight: Highlight) => ({
    highlight,
    onRecolor: (color: Highlight['color']) => void actions.update(highlight.id, { color }),
    onSaveNote: (text: string) => actions.update(highlight.id, { note: text }),
    onDelete: () => void actions.remove(highlight.id),
    onOpenLink,
  });
  const { placed, orphans } = anchored;

  return (
    <aside className="annotations-panel" aria-labelledby="annotations-panel-title" onKeyDown={onKeyDown}>
      <header className="annotations-panel__top">
        <h2 id="annotations-panel-title" className="annotations-panel__title">
          Highlights and notes
        </h2>
        <button type="button" className="button button--small button--quiet" aria-label="Close highlights and notes" onClick={onClose}>
          ✕
        </button>
      </header>
      <ArticleNoteSection note={note} onSave={actions.setArticleNote} onOpenLink={onOpenLink} />
      <section className="annotations-panel__section" aria-labelledby="highlights-heading">
        <h3 id="highlights-heading" className="annotations-panel__heading">
          Highlights {placed.length > 0 && <span className="annotations-panel__count">{placed.length}</span>}
        </h3>
        {placed.length === 0 ? (
          <p className="annotations-panel__empty">Select words in the article, then press h or pick a colour.</p>
        ) : (
          <ol className="highlight-list">
            {placed.map(({ highlight, anchor }) => (
              <HighlightItem key={highlight.id} {...itemProps(highlight)} changed={anchor.method === 'fuzzy'} onGoTo={() => onGoTo(highlight.id)} />
            ))}
          </ol>
        )}
      </section>
      {orphans.length > 0 && (
        <section className="annotations-panel__section" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading" className="annotations-panel__heading">
            Not found in the text <span className="annotations-panel__count">{orphans.length}</span>
          </h3>
          <p className="annotations-panel__empty">The article’s words changed. Select the words a highlight belongs to, then re-attach it.</p>
          <ol className="highlight-list">
            {orphans.map((highlight) => (
              <HighlightItem
                key={highlight.id}
                ref={(item) => void (item ? orphanRefs.current.set(highlight.id, item) : orphanRefs.current.delete(highlight.id))}
                {...itemProps(highlight)}
                extra={
                  <button
                    type="button"
                    className="button button--small"
                    aria-disabled={!canReattach}
                    title={canReattach ? undefined : 'Select text in the article first'}
                    onClick={canReattach ? () => onReattach(highlight.id) : undefined}
                  >
                    Re-attach to selection
                  </button>
                }
              />
            ))}
          </ol>
        </section>
      )}
      <ExportActions exporting={exporting} />
    </aside>
  );
}
