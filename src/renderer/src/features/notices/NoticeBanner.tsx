import type { LibraryNotice } from '../../../../shared/model/libraryInfo';
import './NoticeBanner.css';

interface NoticeBannerProps {
  notice: LibraryNotice;
  onDismiss: (id: string) => void;
}

/** One thing the library did on its own (a repaired file, a restored backup), until dismissed. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  return (
    <div className={`notice notice--${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
      {/* The message names the damaged file's new place itself, when there is one. */}
      <p className="notice__message">{notice.message}</p>
      <button type="button" className="button button--quiet" onClick={() => onDismiss(notice.id)}>
        Dismiss
      </button>
    </div>
  );
}
