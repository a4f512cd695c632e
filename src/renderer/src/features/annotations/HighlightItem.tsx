import { forwardRef, type ReactNode } from 'react';
import type { Highlight, HighlightColor } from '../../../../shared/model/annotation';
import { Markdown } from '../../components/Markdown/Markdown';
import { ColorChoices } from './ColorChoices';
import { COLOR_LABELS } from './colorLabels';
import { NoteEditor } from './NoteEditor';
import { useNoteEditing } from './useNoteEditing';

interface HighlightItemProps {
  highlight: Highlight;
  /** Found only approximately: the article's words differ a little from the highlighted ones. */
  changed?: boolean;
  /** Takes the reader to it in the article; absent for an orphan, which has no place there. */
  onGoTo?: () => void;
  onRecolor: (color: HighlightColor) => void;
  onSaveNote: (note: string) => Promise<boolean>;
  onDelete: () => void;
  onOpenLink: (url: string) => void;
  /** More actions (an orphan's Re-attach). */
  extra?: ReactNode;
}

/** One highlight in the side panel: its colour, its words (a few lines of them), its note, and what can be done with it. */
export const HighlightItem = forwardRef<HTMLLIElement, HighlightItemProps>(function HighlightItem(
  { highlight, changed, onGoTo, onRecolor, onSaveNote, onDelete, onOpenLink, extra },
  ref,
) {
  const editing = useNoteEditing(onSaveNote);
  const { color, note, target } = highlight;
  const quote = <q className="highlight-item__quote">{target.quote.exact}</q>;

  return (
    <li ref={ref} tabIndex={-1} className={`highlight-item highlight-item--${color}`} aria-label={`${COLOR_LABELS[color]} highlight`}>
      {onGoTo ? (
        <button type="button" className="highlight-item__go bare-button" onClick={onGoTo} title="Show it in the article">
          {quote}
        </button>
      ) : (
        quote
      )}
      {changed && (
        <p className="highlight-item__changed" title="The article's words here differ a little from the ones highlighted.">
          Text changed
        </p>
      )}
      {editing.editing ? (
        <NoteEditor label="Note on the highlight" initial={note} onSave={editing.save} onCancel={editing.stop} />
      ) : (
        note && <Markdown className="highlight-note" text={note} onOpenLink={onOpenLink} />
      )}
      <div className="highlight-item__actions">
        <button type="button" className="button button--small button--quiet" onClick={editing.start} hidden={editing.editing}>
          {note ? 'Edit note' : 'Add note'}
        </button>
        <ColorChoices current={color} labelOf={(label) => `Make it ${label.toLowerCase()}`} onChoose={onRecolor} />
        <button type="button" className="button button--small button--quiet" onClick={onDelete}>
          Delete
        </button>
        {extra}
      </div>
    </li>
  );
});
