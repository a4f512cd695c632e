import { useEffect, useRef } from 'react';
import type { Theme } from '../../../../shared/model/settings';
import { prepareArticleFrame, setFrameTheme, type FrameHandlers } from './prepareArticleFrame';

interface ArticleFrameProps extends FrameHandlers {
  title: string;
  srcDoc: string;
  theme: Theme | undefined;
}

/**
 * The article body in a sandboxed frame: `allow-same-origin` without `allow-scripts`, so nothing
 * in the article can run while the reader's own code can still reach its document.
 * The handlers are attached once per load, so pass stable ones.
 */
export function ArticleFrame({ title, srcDoc, theme, onEscape, onOpenLink }: ArticleFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const observerRef = useRef<ResizeObserver | null>(null);

  useEffect(() => setFrameTheme(frameRef.current, theme), [theme]);
  useEffect(() => () => observerRef.current?.disconnect(), []);

  const onLoad = () => {
    observerRef.current?.disconnect();
    observerRef.current = frameRef.current && prepareArticleFrame(frameRef.current, theme, { onEscape, onOpenLink });
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
