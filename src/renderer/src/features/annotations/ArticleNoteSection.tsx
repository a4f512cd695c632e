import type { ArticleNote } from '../../../../shared/model/annotation';
import { Markdown } from '../../components/Markdown/Markdown';
import { NoteEditor } from './NoteEditor';
import { useNoteEditing } from './useNoteEditing';

interface ArticleNoteSectionProps {
  note: ArticleNote | null;
  onSave: (text: string) => Promise<boolean>;
  onOpenLink: (url: string) => void;
}

/** The note about the story as a whole, at the top of the panel: rendered, or being written. */
export function ArticleNoteSection({ note, onSave, onOpenLink }: ArticleNoteSectionProps) {
  // A note of only blank space is no note: saving it removes the note.
  const editing = useNoteEditing((next) => onSave(next.trim() === '' ? '' : next));
  const text = note?.text ?? '';
  return (
    <section className="annotations-panel__section" aria-labelledby="article-note-heading">
      <h3 id="article-note-heading" className="annotations-panel__heading">
        Article note
      </h3>
      {editing.editing ? (
        <NoteEditor label="Note on the article" initial={text} onSave={editing.save} onCancel={editing.stop} />
      ) : (
        <>
          {text ? <Markdown className="article-note" text={text} onOpenLink={onOpenLink} /> : <p className="annotations-panel__empty">Your thoughts on the story as a whole.</p>}
          <button type="button" className="button button--small" onClick={editing.start}>
            {text ? 'Edit note' : 'Write a note'}
          </button>
        </>
      )}
    </section>
  );
}
