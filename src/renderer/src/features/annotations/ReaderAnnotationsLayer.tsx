import type { ArticleId } from '../../../../shared/model/article';
import { UndoToast } from '../library/UndoToast';
import { AnnotationsPanel } from './AnnotationsPanel';
import { HighlightPopover } from './HighlightPopover';
import { pageBoxOf } from './pagePlace';
import { SelectionPopover } from './SelectionPopover';
import { useAnnotationExport } from './useAnnotationExport';
import { useEscapeFirst } from './useEscapeFirst';
import { collapseSelection } from './useFrameSelection';
import type { ReaderAnnotations } from './useReaderAnnotations';
import './highlightColors.css';
import './ReaderAnnotations.css';

interface ReaderAnnotationsLayerProps {
  articleId: ArticleId;
  frame: HTMLIFrameElement | null;
  reader: ReaderAnnotations;
  onOpenLink: (url: string) => void;
}

/** What the reader shows of highlights and notes over and beside the article: popovers, the side panel, the Undo toast. */
export function ReaderAnnotationsLayer({ articleId, frame, reader, onOpenLink }: ReaderAnnotationsLayerProps) {
  const exporting = useAnnotationExport(articleId);
  const { annotations, layer, actions, panel, selection, opened, setOpened } = reader;
  const openedHighlight = opened ? annotations?.highlights.find(({ id }) => id === opened.id) : undefined;
  const openedBox = opened && layer.boxOf(opened.id);
  const selectionBox = frame && selection && !opened ? pageBoxOf(frame, selection) : null;
  const closePopover = () => {
    setOpened(null);
    frame?.contentWindow?.focus();
  };
  // Esc closes the open popover, or lets go of the selection (and so of its popover), before leaving the article.
  const dismissSelection = () => frame?.contentDocument && collapseSelection(frame.contentDocument);
  useEscapeFirst(openedHighlight ? closePopover : selectionBox ? dismissSelection : null, frame);

  return (
    <>
      {selectionBox && (
        <SelectionPopover
          under={selectionBox}
          onHighlight={(color) => void reader.highlightSelection(color)}
          onAddNote={() => void reader.highlightSelection(undefined, true)}
        />
      )}
      {openedHighlight && openedBox && (
        <HighlightPopover
          key={openedHighlight.id}
          highlight={openedHighlight}
          under={openedBox}
          editing={opened.editing}
          onRecolor={(color) => void actions.update(openedHighlight.id, { color })}
          onSaveNote={(note) => void actions.update(openedHighlight.id, { note })}
          onDelete={() => {
            void actions.remove(openedHighlight.id);
            closePopover();
          }}
          onOpenLink={onOpenLink}
          onClose={closePopover}
        />
      )}
      {panel.open && annotations && (
        <AnnotationsPanel
          note={annotations.note}
          anchored={layer.anchored}
          actions={actions}
          exporting={exporting}
          onGoTo={layer.goTo}
          canReattach={selection !== null}
          onReattach={(id) => void reader.reattach(id)}
          focusedOrphan={reader.focusedOrphan}
          onOpenLink={onOpenLink}
          onClose={panel.close}
        />
      )}
      <UndoToast toast={actions.toast} onDismiss={actions.dismiss} />
    </>
  );
}
