import { useEffect, useRef, useState } from 'react';
import type { Highlight, HighlightColor } from '../../../../shared/model/annotation';
import { Markdown } from '../../components/Markdown/Markdown';
import { ColorChoices } from './ColorChoices';
import { FloatingBox } from './FloatingBox';
import { NoteEditor } from './NoteEditor';
import type { PageBox } from './pagePlace';

interface HighlightPopoverProps {
  highlight: Highlight;
  under: PageBox;
  /** Open with the note being written (right after "Add note"). */
  editing: boolean;
  onRecolor: (color: HighlightColor) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onOpenLink: (url: string) => void;
  /** Closes the popover; focus goes back to the article. */
  onClose: () => void;
}

/** A highlight clicked in the article: its colour, its note, and Delete. A click elsewhere closes it. */
export function HighlightPopover({ highlight, under, editing: startEditing, onRecolor, onSaveNote, onDelete, onOpenLink, onClose }: HighlightPopoverProps) {
  const [editing, setEditing] = useState(startEditing);
  const boxRef = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    // The popover takes focus, so its buttons are at hand from the keyboard.
    if (!startEditing) boxRef.current?.querySelector('button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) latestClose.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [startEditing]);

  const stopEditing = () => {
    setEditing(false);
    // The text area goes away: focus stays in the popover rather than falling to the page.
    requestAnimationFrame(() => boxRef.current?.querySelector('button')?.focus());
  };

  const note = highlight.note;
  return (
    <FloatingBox ref={boxRef} under={under} role="dialog" label="Highlight">
      <ColorChoices current={highlight.color} labelOf={(color) => color} onChoose={onRecolor} />
      {editing ? (
        <NoteEditor
          label="Note on the highlight"
          initial={note}
          onSave={(text) => {
            onSaveNote(text);
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      ) : (
        <>
          {note && <Markdown className="highlight-note" text={note} onOpenLink={onOpenLink} />}
          <div className="floating-box__actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              {note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </FloatingBox>
  );
}
