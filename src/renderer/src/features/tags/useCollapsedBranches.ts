import { useState } from 'react';
import { hasChildren, visibleRows } from './tagBranches';
import type { TagRow } from './tagRows';

export interface CollapsedBranches {
  /** The rows left showing under the collapsed branches. */
  visible: TagRow[];
  /** Whether a parent's children show; undefined for a tag without children. */
  expanded: (row: TagRow) => boolean | undefined;
  toggle: (name: string) => void;
}

/** Which branches of a tag tree the user collapsed, kept for as long as the component lives. */
export function useCollapsedBranches(rows: readonly TagRow[]): CollapsedBranches {
  const [collapsed, setCollapsed] = useState<string[]>([]);
  return {
    visible: visibleRows(rows, collapsed),
    expanded: (row) => (hasChildren(rows, rows.indexOf(row)) ? !collapsed.includes(row.name) : undefined),
    toggle: (name) => setCollapsed(collapsed.includes(name) ? collapsed.filter((other) => other !== name) : [...collapsed, name]),
  };
}
