import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/model/article';
import { useApi } from '../../lib/api';
import { END_OF_ARTICLE, pageProgress, scrollToProgress } from './pageProgress';
import { createProgressTracker, type ProgressTracker } from './progressTracker';

export interface ReadingProgress {
  /** Where the reader is, 0..1, for the bar at the top. */
  progress: number;
  /** Call when the person marks the article unread. */
  keepUnread: () => void;
}

/**
 * Follows the page's scrolling once the article is laid out (`laidOut`): first scrolls back to
 * where the person left off (an article read to its end opens at the top), then saves progress as
 * they read and marks the article read at its end.
 */
export function useReadingProgress(article: Article, laidOut: boolean): ReadingProgress {
  const api = useApi();
  const [progress, setProgress] = useState(article.progress);
  const tracker = useRef<ProgressTracker | null>(null);
  const { id, read } = article;
  // The stored progress at opening; later saves of our own must not scroll the page again.
  const restoreTo = useRef(article.progress);

  useEffect(() => tracker.current?.noteRead(read), [read]);

  useEffect(() => {
    if (!laidOut) return;
    const current = createProgressTracker({
      saved: restoreTo.current,
      read,
      save: (patch) => void api.articles.setState({ ids: [id], patch }),
    });
    tracker.current = current;
    if (restoreTo.current < END_OF_ARTICLE) scrollToProgress(restoreTo.current);
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = pageProgress();
        setProgress(now);
        current.update(now);
      });
    };
    follow();
    // Images and fonts arriving late change the page's height, and so the place, without a scroll.
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    window.addEventListener('pagehide', current.flush);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
      window.removeEventListener('pagehide', current.flush);
      current.flush();
      tracker.current = null;
    };
    // The tracker starts once per laid-out article; `read` reaches it through noteRead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, id, laidOut]);

  return { progress, keepUnread: () => tracker.current?.keepUnread() };
}
