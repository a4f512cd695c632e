import { useCallback, useEffect, useState } from 'react';
import type { LibraryNotice } from '../../../../shared/model/libraryInfo';
import { useApi } from '../../lib/api';

export interface LibraryNotices {
  notices: LibraryNotice[];
  dismiss: (id: string) => void;
}

/**
 * The notices to show: those the library reported on opening, plus any it pushes later,
 * minus the ones the reader dismissed during this session.
 */
export function useLibraryNotices(atOpening: readonly LibraryNotice[]): LibraryNotices {
  const api = useApi();
  const [pushed, setPushed] = useState<LibraryNotice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => api.onLibraryNotice((notice) => setPushed((list) => [...list, notice])), [api]);

  const dismiss = useCallback((id: string) => setDismissed((ids) => new Set(ids).add(id)), []);

  const seen = new Set<string>();
  const notices = [...atOpening, ...pushed].filter((notice) => {
    if (seen.has(notice.id) || dismissed.has(notice.id)) return false;
    seen.add(notice.id);
    return true;
  });
  return { notices, dismiss };
}
