import { inBranch, tagKey } from '../../../../shared/model/tag';
import type { TagRow } from './tagRows';

/** Whether the row at `index` has children: in tree order they come right after it, one level deeper. */
export const hasChildren = (rows: readonly TagRow[], index: number): boolean => (rows[index + 1]?.depth ?? 0) > rows[index]!.depth;

/** The rows left showing when these branches are collapsed: their parents stay, everything below goes. */
export function visibleRows(rows: readonly TagRow[], collapsed: readonly string[]): TagRow[] {
  const hidden = collapsed.map(inBranch);
  return rows.filter((row) => !hidden.some((within, at) => within(row.name) && tagKey(row.name) !== tagKey(collapsed[at]!)));
}
