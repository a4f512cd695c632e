import { useCallback, useRef, useState } from 'react';
import type { Article } from '../../../../shared/model/article';
import type { ArticlePages } from './articlePages';
import { everything, noSelection, toggled, withRange, type Selection } from './selection';

/**
 * The list's selection and how clicks change it: a checkbox or Ctrl/⌘-click toggles one article, a
 * Shift-click selects every row from the last one clicked (fetching rows scrolled past unseen).
 */
export function useListSelection(pages: ArticlePages) {
  const [selection, setSelection] = useState<Selection>(noSelection);
  const anchor = useRef<number | null>(null);

  const check = useCallback(
    async (index: number, article: Article, range: boolean) => {
      const from = anchor.current;
      anchor.current = index;
      if (!range || from === null) return setSelection((current) => toggled(current, article.id));
      const rows = await pages.between(Math.min(from, index), Math.max(from, index));
      setSelection((current) => withRange(current, rows.map((row) => row.id)));
    },
    [pages],
  );
  const selectAll = useCallback(() => setSelection(everything), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelection(noSelection);
  }, []);

  return { selection, check, selectAll, clear };
}
