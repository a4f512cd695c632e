import { tagKey } from '../../../../shared/model/tag';
import { countArticles } from '../library/articleActions';
import { BranchToggle } from './BranchToggle';
import { ManageTagsButton } from './ManageTagsButton';
import { TagDot } from './TagDot';
import type { TagRow } from './tagRows';
import { useCollapsedBranches } from './useCollapsedBranches';
import './TagSidebar.css';

interface TagSidebarProps {
  rows: readonly TagRow[];
  /** The tag the list is filtered by alone, if it is. */
  active: string | undefined;
  onChoose: (tag: string) => void;
  onManage: () => void;
}

/** The tag tree beside the list, with each branch's count: a click filters the list by that tag. */
export function TagSidebar({ rows, active, onChoose, onManage }: TagSidebarProps) {
  const branches = useCollapsedBranches(rows);
  return (
    <nav className="tag-sidebar" aria-label="Tags">
      <h2 className="tag-sidebar__title">Tags</h2>
      {rows.length === 0 && <p className="tag-sidebar__none">No tags yet.</p>}
      <ul className="tag-sidebar__list">
        {branches.visible.map((row) => {
          const current = active !== undefined && tagKey(active) === tagKey(row.name);
          return (
            <li key={row.name} className="tag-sidebar__row" style={{ paddingInlineStart: `${row.depth * 0.9}rem` }}>
              <BranchToggle className="tag-sidebar__toggle" name={row.name} expanded={branches.expanded(row)} onToggle={() => branches.toggle(row.name)} />
              <button
                type="button"
                className="tag-sidebar__tag"
                aria-current={current || undefined}
                aria-label={`${row.name}, ${countArticles(row.total)}`}
                title={row.name}
                onClick={() => onChoose(row.name)}
              >
                <TagDot color={row.color} />
                <span className="tag-name tag-sidebar__name">{row.label}</span>
                <span className="tag-count">{row.total.toLocaleString()}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ManageTagsButton className="tag-sidebar__manage" onManage={onManage} />
    </nav>
  );
}
