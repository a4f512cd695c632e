import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Theme } from '../../../../shared/model/settings';
import { pageProgress, scrollToProgress } from './pageProgress';
import { fitFrameToContent, prepareArticleFrame, setFrameTheme } from './prepareArticleFrame';
import { applyReadingStyle, type ReadingStyle } from './readingStyle';

interface ArticleFrameProps {
  title: string;
  srcDoc: string;
  theme: Theme | undefined;
  reading: ReadingStyle;
  /** Links in the article go here (the system browser), never into the frame. Keep it stable. */
  onOpenLink: (url: string) => void;
  /**
   * The article is styled, its fonts are in and the frame has its full height: the page can scroll
   * to a place, and the frame's document is ready to be read and painted on.
   */
  onLaidOut: (frame: HTMLIFrameElement) => void;
}

/**
 * The article body in a sandboxed frame: `allow-same-origin` without `allow-scripts`, so nothing
 * in the article can run while the reader's own code can still reach its document. Reading
 * settings restyle it in place, keeping the reader at the same point of the text.
 */
export function ArticleFrame({ title, srcDoc, theme, reading, onOpenLink, onLaidOut }: ArticleFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const observerRef = useRef<ResizeObserver | null>(null);
  const prepared = useRef(false);
  const { readerFont, fontSize, lineHeight, contentWidth } = reading;

  useEffect(() => setFrameTheme(frameRef.current, theme), [theme]);
  useEffect(() => () => observerRef.current?.disconnect(), []);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    const root = frame?.contentDocument?.documentElement;
    if (!frame || !root || !prepared.current) return;
    // The text reflows: measure where the reader is first, then take them back to the same place.
    const place = pageProgress();
    applyReadingStyle(root, { readerFont, fontSize, lineHeight, contentWidth });
    fitFrameToContent(frame);
    scrollToProgress(place);
  }, [readerFont, fontSize, lineHeight, contentWidth]);

  const onLoad = () => {
    const frame = frameRef.current;
    const doc = frame?.contentDocument;
    if (!frame || !doc) return;
    observerRef.current?.disconnect();
    observerRef.current = prepareArticleFrame(frame, onOpenLink);
    prepared.current = true;
    setFrameTheme(frame, theme ?? 'system');
    applyReadingStyle(doc.documentElement, reading);
    void doc.fonts.ready.then(() => {
      fitFrameToContent(frame);
      onLaidOut(frame);
    });
  };

  return (
    <iframe
      ref={frameRef}
      className="article-frame"
      title={title}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      srcDoc={srcDoc}
      onLoad={onLoad}
    />
  );
}
