import { useState } from 'react';
import { countArticles } from '../library/articleActions';
import { BranchToggle } from './BranchToggle';
import { TagColorSwatches } from './TagColorSwatches';
import { TagDot } from './TagDot';
import { TagMergeField } from './TagMergeField';
import { TagRenameField } from './TagRenameField';
import type { TagManagement } from './useTagManagement';
import type { TagRow } from './tagRows';

export type TagEditMode = 'rename' | 'merge' | 'color';

interface ManageTagRowProps {
  row: TagRow;
  /** Present on a parent: whether its children show. */
  expanded?: boolean;
  onToggle: () => void;
  /** The open editing field of this row, if any (one row edits at a time). */
  mode: TagEditMode | null;
  onMode: (mode: TagEditMode | null) => void;
  /** Every other tag, for a merge. */
  others: readonly string[];
  actions: TagManagement;
}

/** One tag of the "Manage tags" list: its branch toggle, colour, name and count, and its actions. */
export function ManageTagRow({ row, expanded, onToggle, mode, onMode, others, actions }: ManageTagRowProps) {
  const [error, setError] = useState<string | null>(null);
  const settle = async (pending: Promise<string | null>) => {
    const failed = await pending;
    setError(failed);
    if (!failed) onMode(null);
  };
  const open = (next: TagEditMode) => {
    setError(null);
    onMode(mode === next ? null : next);
  };

  return (
    <li className="manage-tags__row" style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}>
      <div className="manage-tags__line">
        <BranchToggle className="manage-tags__toggle" name={row.name} expanded={expanded} onToggle={onToggle} />
        <span className="manage-tags__dot">
          <TagDot color={row.color} />
        </span>
        <span className="tag-name manage-tags__name" title={row.name}>
          {row.label}
        </span>
        <span className="tag-count" aria-label={countArticles(row.total)}>
          {row.total.toLocaleString()}
        </span>
        <span className="manage-tags__actions">
          <button type="button" className="button button--small button--quiet" aria-label={`Rename ${row.name}`} aria-expanded={mode === 'rename'} onClick={() => open('rename')}>
            Rename
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={`Merge ${row.name} into…`} aria-expanded={mode === 'merge'} onClick={() => open('merge')}>
            Merge…
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={`Colour of ${row.name}`} aria-expanded={mode === 'color'} onClick={() => open('color')}>
            Colour
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={`Delete ${row.name}`} onClick={() => void settle(actions.remove(row.name))}>
            Delete
          </button>
        </span>
      </div>
      {mode === 'rename' && <TagRenameField name={row.name} error={error} onRename={(newName) => void settle(actions.rename(row.name, newName))} onCancel={() => onMode(null)} />}
      {mode === 'merge' && <TagMergeField name={row.name} others={others} onMerge={(into) => void settle(actions.merge(row.name, into))} onCancel={() => onMode(null)} />}
      {mode === 'color' && <TagColorSwatches name={row.name} color={row.color} onChoose={(color) => void settle(actions.setColor(row.name, color))} />}
      {error && mode !== 'rename' && (
        <p className="manage-tags__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
