import { useEffect, useRef } from 'react';
import { highlightAt } from './highlightAt';

/**
 * Hit-tests clicks in the article: a click on highlighted text (not on a link, not ending a
 * selection) opens that highlight (`onOpen(id)`); a click elsewhere closes it (`onOpen(null)`).
 */
export function useHighlightClicks(doc: Document | null, ranges: ReadonlyMap<string, Range>, onOpen: (id: string | null) => void): void {
  const latest = useRef({ ranges, onOpen });
  useEffect(() => {
    latest.current = { ranges, onOpen };
  });
  useEffect(() => {
    if (!doc) return;
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element | null)?.closest?.('a[href]')) return;
      if (doc.getSelection()?.isCollapsed === false) return;
      latest.current.onOpen(highlightAt(doc, event.clientX, event.clientY, latest.current.ranges));
    };
    doc.addEventListener('click', onClick);
    return () => doc.removeEventListener('click', onClick);
  }, [doc]);
}
