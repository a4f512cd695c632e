import type { ArticleStatePatch } from '../../../../shared/model/article';
import { END_OF_ARTICLE } from './pageProgress';

export interface ProgressTracker {
  /** The reader is now at `progress` (0..1). */
  update(progress: number): void;
  /** The article's read state as the library has it now. */
  noteRead(read: boolean): void;
  /** The person marked the article unread: reaching the end must not mark it read again this time. */
  keepUnread(): void;
  /** Saves what is not saved yet (on leaving). */
  flush(): void;
}

interface TrackerOptions {
  /** The progress stored with the article. */
  saved: number;
  read: boolean;
  save: (patch: ArticleStatePatch) => void;
  /** Progress is saved at most this often while scrolling. */
  intervalMs?: number;
}

// Steps smaller than a thousandth are not worth a write.
const RESOLUTION = 0.001;
const rounded = (progress: number) => Math.round(progress * 1000) / 1000;

/**
 * Reading progress between the scroll position and the library: saved at most once per interval
 * while the person reads, at once when they leave, and the article marked read when its end is
 * reached, unless they marked it unread during this reading.
 */
export function createProgressTracker({ saved, read, save, intervalMs = 1000 }: TrackerOptions): ProgressTracker {
  let latest = saved;
  let isRead = read;
  let keptUnread = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (Math.abs(latest - saved) < RESOLUTION) return;
    saved = latest;
    save({ progress: latest });
  };

  return {
    update(progress) {
      latest = rounded(progress);
      if (latest >= END_OF_ARTICLE && !isRead && !keptUnread) {
        isRead = true;
        clearTimeout(timer);
        timer = undefined;
        saved = latest;
        save({ progress: latest, read: true });
        return;
      }
      timer ??= setTimeout(flush, intervalMs);
    },
    noteRead(nowRead) {
      isRead = nowRead;
    },
    keepUnread() {
      keptUnread = true;
      isRead = false;
    },
    flush,
  };
}
