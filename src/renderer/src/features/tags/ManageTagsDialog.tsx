import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { ManageTagRow, type TagEditMode } from './ManageTagRow';
import { tagRows } from './tagRows';
import { useCollapsedBranches } from './useCollapsedBranches';
import { useTagManagement, type ShowUndo } from './useTagManagement';
import { useTagTree } from './useTagTree';
import './ManageTagsDialog.css';

interface ManageTagsDialogProps {
  /** The app's toast, so each action's Undo outlives the dialog. */
  showUndo: ShowUndo;
  onClose: () => void;
  /** The app's toast, shown inside the dialog: the page behind a modal is inert, and its Undo must stay reachable. */
  children?: ReactNode;
}

/** Renames, merges, colours and deletes the library's tags, over their tree; a native modal <dialog>. */
export function ManageTagsDialog({ showUndo, onClose, children }: ManageTagsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const tree = useTagTree();
  const actions = useTagManagement(showUndo);
  const [editing, setEditing] = useState<{ name: string; mode: TagEditMode } | null>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const rows = tagRows(tree.status === 'ready' ? tree.value : []);
  const branches = useCollapsedBranches(rows);

  return (
    <dialog ref={dialogRef} className="modal manage-tags" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal__title">
        Manage tags
      </h2>
      {tree.status === 'loading' && <LoadingState label="Loading tags" />}
      {tree.status === 'error' && <ErrorState title="The tags could not be loaded" message={tree.error.message} onRetry={tree.reload} />}
      {tree.status === 'ready' && rows.length === 0 && <p className="manage-tags__none">No tags yet.</p>}
      {rows.length > 0 && (
        <ul className="manage-tags__list" aria-label="Tags">
          {branches.visible.map((row) => (
            <ManageTagRow
              key={row.name}
              row={row}
              expanded={branches.expanded(row)}
              onToggle={() => branches.toggle(row.name)}
              mode={editing?.name === row.name ? editing.mode : null}
              onMode={(mode) => setEditing(mode && { name: row.name, mode })}
              others={rows.map(({ name }) => name).filter((name) => name !== row.name)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Done
        </button>
      </div>
      {children}
    </dialog>
  );
}
