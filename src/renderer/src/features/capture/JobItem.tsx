import type { ArticleId } from '../../../../shared/model/article';
import type { CaptureJob } from '../../../../shared/model/capture';
import { describeJob } from './describeJob';

interface JobItemProps {
  job: CaptureJob;
  onCancel: (jobId: string) => void;
  onDismiss: (jobId: string) => void;
  onOpen: (articleId: ArticleId, jobId: string) => void;
}

/** One save: what it is, where it stands, and what can be done about it. */
export function JobItem({ job, onCancel, onDismiss, onOpen }: JobItemProps) {
  const { status, tone } = describeJob(job);
  const name = job.title ?? job.label;
  const fraction = job.state === 'images' && job.images?.total ? job.images.done / job.images.total : null;
  return (
    <li className={`job job--${tone}`} data-job-id={job.id}>
      <div className="job__text">
        <p className="job__name" title={name}>
          {name}
        </p>
        <p className="job__status">{status}</p>
        {tone === 'running' && (
          <div className={fraction === null ? 'job__bar job__bar--busy' : 'job__bar'} aria-hidden="true">
            <div className="job__fill" style={fraction === null ? undefined : { inlineSize: `${Math.round(fraction * 100)}%` }} />
          </div>
        )}
      </div>
      <div className="job__actions">
        {tone === 'running' ? (
          <button type="button" className="button button--small" aria-label={`Cancel saving ${name}`} onClick={() => onCancel(job.id)}>
            Cancel
          </button>
        ) : (
          <>
            {job.articleId && (
              <button
                type="button"
                className="button button--small button--primary"
                aria-label={`Open ${name}`}
                onClick={() => onOpen(job.articleId!, job.id)}
              >
                Open
              </button>
            )}
            <button type="button" className="button button--small button--quiet" aria-label={`Dismiss ${name}`} onClick={() => onDismiss(job.id)}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </li>
  );
}
