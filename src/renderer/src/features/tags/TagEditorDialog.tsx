import { useEffect, useId, useRef } from 'react';
import type { Article } from '../../../../shared/model/article';
import { tagKey } from '../../../../shared/model/tag';
import { countArticles } from '../library/articleActions';
import { TagCombobox } from './TagCombobox';
import { TagDot } from './TagDot';
import { flattenTags } from './tagSuggestions';
import { useTagEditing } from './useTagEditing';
import { useTagTree } from './useTagTree';
import './TagEditorDialog.css';

interface TagEditorDialogProps {
  /** The articles to tag: the selection in the library, the open article in the reader. */
  articles: readonly Article[];
  onClose: () => void;
}

/**
 * Adds and removes tags on one or many articles. A native modal <dialog>: the page and its keys
 * wait behind it, Esc closes it, and the focus goes back to where it was.
 */
export function TagEditorDialog({ articles, onClose }: TagEditorDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const tree = useTagTree();
  const { tags, error, setError, add, remove } = useTagEditing(articles);
  const known = tree.status === 'ready' ? flattenTags(tree.value) : [];

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="modal tag-editor" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal__title">
        Tags of {articles.length === 1 ? `“${articles[0]!.title}”` : countArticles(articles.length)}
      </h2>
      {tags.length === 0 ? (
        <p className="tag-editor__none">No tags yet.</p>
      ) : (
        <ul className="tag-editor__chips" aria-label="Current tags">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <TagDot color={known.find((node) => tagKey(node.name) === tagKey(tag))?.color ?? null} />
              {tag}
              <button type="button" className="tag-chip__remove" aria-label={`Remove the tag ${tag}`} onClick={() => void remove(tag)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <TagCombobox tags={known} carried={tags} error={error} onError={setError} onAdd={add} />
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Done
        </button>
      </div>
    </dialog>
  );
}
