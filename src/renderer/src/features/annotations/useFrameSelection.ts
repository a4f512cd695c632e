import { useEffect, useState } from 'react';

/**
 * The text selected in the article (inside its `.article-body`), or null. A copy of the range is
 * kept, so it survives the clicks on the app's own buttons that act on it.
 */
export function useFrameSelection(doc: Document | null): Range | null {
  const [selected, setSelected] = useState<Range | null>(null);
  useEffect(() => {
    if (!doc) return;
    const body = doc.querySelector('.article-body');
    const follow = () => {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const inArticle = range && !range.collapsed && body?.contains(range.commonAncestorContainer) && range.toString().trim() !== '';
      setSelected(inArticle ? range.cloneRange() : null);
    };
    doc.addEventListener('selectionchange', follow);
    return () => doc.removeEventListener('selectionchange', follow);
  }, [doc]);
  return selected;
}

/** Lets go of the selection in the frame (once it is highlighted), keeping the caret where it ended. */
export function collapseSelection(doc: Document): void {
  doc.getSelection()?.collapseToEnd();
}
