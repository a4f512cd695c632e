import { useState } from 'react';
import type { ImportProgress } from '../../../../shared/model/import';
import { progressAnnouncement } from './describeProgress';
import { ImportProgressPanel } from './ImportProgressPanel';
import type { ImportQueue } from './useImportQueue';
import './ImportStatus.css';

interface ImportStatusProps {
  queue: ImportQueue;
  /** Hidden while the Import dialog shows the same progress. */
  hidden: boolean;
}

/**
 * The imported pages' downloads in a corner of the window, once the dialog is closed: shown while
 * they run or are paused, and after, while some failed, until dismissed. Its live region stays in the
 * page, so screen readers hear when the downloads start, pause and finish.
 */
export function ImportStatus({ queue, hidden }: ImportStatusProps) {
  const progress = queue.progress;
  // Dismissed for this progress only: any news (a retry, a new import) brings the panel back.
  const [dismissedFor, setDismissedFor] = useState<ImportProgress | null>(null);
  const dismissed = dismissedFor !== null && dismissedFor === progress;
  const worthShowing = progress !== null && progress.total > 0 && (progress.state !== 'idle' || progress.failed > 0);
  const visible = worthShowing && !hidden && !dismissed;
  return (
    <section className="import-status" aria-label="Downloads of imported articles">
      <p className="visually-hidden" role="status">
        {progress && !hidden ? progressAnnouncement(progress) : ''}
      </p>
      {visible && (
        <div className="import-status__card">
          <div className="import-status__head">
            <h2 className="import-status__title">Imported articles</h2>
            {progress.state === 'idle' && (
              <button type="button" className="button button--quiet import-status__dismiss" aria-label="Dismiss" onClick={() => setDismissedFor(progress)}>
                ×
              </button>
            )}
          </div>
          <ImportProgressPanel queue={queue} />
        </div>
      )}
    </section>
  );
}
