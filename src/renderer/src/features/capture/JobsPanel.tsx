import type { ArticleId } from '../../../../shared/model/article';
import type { CaptureJob } from '../../../../shared/model/capture';
import { JobItem } from './JobItem';
import './JobsPanel.css';

interface JobsPanelProps {
  jobs: readonly CaptureJob[];
  onCancel: (jobId: string) => void;
  onDismiss: (jobId: string) => void;
  onOpen: (articleId: ArticleId) => void;
}

/**
 * The saves in progress and just finished, in a corner of the window. It stays in the page (empty)
 * even with nothing to show, so screen readers already know the live region when the first save starts.
 */
export function JobsPanel({ jobs, onCancel, onDismiss, onOpen }: JobsPanelProps) {
  const open = (articleId: ArticleId, jobId: string) => {
    onDismiss(jobId);
    onOpen(articleId);
  };
  return (
    <section className="jobs-panel" aria-label="Saves">
      <ol className="jobs-panel__list" aria-live="polite">
        {jobs.map((job) => (
          <JobItem key={job.id} job={job} onCancel={onCancel} onDismiss={onDismiss} onOpen={open} />
        ))}
      </ol>
    </section>
  );
}
