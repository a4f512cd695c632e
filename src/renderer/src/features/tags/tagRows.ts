import { TAG_SEPARATOR, type TagColor, type TagNode } from '../../../../shared/model/tag';

/** One line of a tag tree laid out as a list: the tree's order, each row indented by its depth. */
export interface TagRow {
  name: string;
  /** The last part of the name (`ceasefire` of `ukraine/ceasefire`): the indentation shows the rest. */
  label: string;
  depth: number;
  color: TagColor | null;
  /** Articles carrying the tag or any tag below it, each counted once. */
  total: number;
}

/** The tree as rows, parents before their children. */
export function tagRows(tree: readonly TagNode[], depth = 0): TagRow[] {
  return tree.flatMap((node) => [
    { name: node.name, label: node.name.split(TAG_SEPARATOR).at(-1) ?? node.name, depth, color: node.color, total: node.total },
    ...tagRows(node.children, depth + 1),
  ]);
}
