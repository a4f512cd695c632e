import type { ArticleId } from '../../../../shared/model/article';

/**
 * Which articles of the view are selected, without needing them all loaded: either exactly `ids`,
 * or (after "select all") every article in the view except `ids`.
 */
export interface Selection {
  readonly all: boolean;
  readonly ids: ReadonlySet<ArticleId>;
}

export const noSelection: Selection = { all: false, ids: new Set() };
export const everything: Selection = { all: true, ids: new Set() };

export const isSelected = (selection: Selection, id: ArticleId): boolean => selection.all !== selection.ids.has(id);

export function selectedCount(selection: Selection, total: number): number {
  return selection.all ? Math.max(0, total - selection.ids.size) : selection.ids.size;
}

export function toggled(selection: Selection, id: ArticleId): Selection {
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { all: selection.all, ids };
}

/** The selection with every one of `range` selected too (a shift-click). */
export function withRange(selection: Selection, range: readonly ArticleId[]): Selection {
  const ids = new Set(selection.ids);
  for (const id of range) {
    if (selection.all) ids.delete(id);
    else ids.add(id);
  }
  return { all: selection.all, ids };
}
