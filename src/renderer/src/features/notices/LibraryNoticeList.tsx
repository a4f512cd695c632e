import type { LibraryNotice } from '../../../../shared/model/libraryInfo';
import { NoticeBanner } from './NoticeBanner';
import { useLibraryNotices } from './useLibraryNotices';

/** The library's notices above the page, each dismissible on its own. */
export function LibraryNoticeList({ atOpening }: { atOpening: readonly LibraryNotice[] }) {
  const { notices, dismiss } = useLibraryNotices(atOpening);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Library notices">
      {notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} onDismiss={dismiss} />
      ))}
    </section>
  );
}
