import { useId, useState, type KeyboardEvent } from 'react';
import { NOTE_MAX } from '../../../../shared/model/annotation';
import { keyLabel } from '../shortcuts/shortcuts';

interface NoteEditorProps {
  label: string;
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** A note being written: Markdown in a text area, saved with the button or Ctrl/⌘+Enter, dropped with Esc. */
export function NoteEditor({ label, initial, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(initial);
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Esc leaves the note, not the article.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(text);
    }
  };

  return (
    <div className="note-editor" onKeyDown={onKeyDown}>
      <textarea
        className="control note-editor__text"
        aria-label={label}
        aria-describedby={hintId}
        value={text}
        maxLength={NOTE_MAX}
        rows={4}
        // Opened on purpose to write: the text area takes the keys at once.
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      <p id={hintId} className="note-editor__hint">
        Markdown works: *emphasis*, **bold**, [links](https://…), lists. {keyLabel('Mod+Enter')} saves.
      </p>
      <div className="note-editor__actions">
        <button type="button" className="button button--small button--primary" onClick={() => onSave(text)}>
          Save note
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
