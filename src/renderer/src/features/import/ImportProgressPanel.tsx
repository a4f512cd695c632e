import { progressSummary, timeLeft } from './describeProgress';
import type { ImportQueue } from './useImportQueue';
import './ImportProgressPanel.css';

interface ImportProgressPanelProps {
  queue: ImportQueue;
}

/**
 * The background downloads of imported pages: a bar (pages done of all), how many and how long is
 * left, and Pause/Resume, Cancel, Retry. Nothing when no import ever queued a page.
 */
export function ImportProgressPanel({ queue }: ImportProgressPanelProps) {
  const { progress, notFetched } = queue;
  if (!progress || progress.total === 0) return null;
  const { state, fetched, failed, total } = progress;
  const active = state !== 'idle';
  const summary = progressSummary(progress, notFetched);
  const eta = state === 'running' ? timeLeft(progress.etaSeconds) : null;
  const done = fetched + failed;
  return (
    <div className="import-progress">
      {active && (
        <div
          className="import-progress__bar"
          role="progressbar"
          aria-label="Pages downloaded"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={summary}
        >
          <span className="import-progress__fill" style={{ inlineSize: `${(done / total) * 100}%` }} />
        </div>
      )}
      <p className="import-progress__summary">
        {state === 'paused' && <strong>Paused · </strong>}
        {summary}
        {eta && <span className="import-progress__eta"> · {eta}</span>}
      </p>
      <div className="import-progress__actions">
        {state === 'running' && (
          <button type="button" className="button" onClick={queue.pause}>
            Pause
          </button>
        )}
        {state === 'paused' && (
          <button type="button" className="button" onClick={queue.resume}>
            Resume
          </button>
        )}
        {active && (
          <button type="button" className="button button--quiet" onClick={queue.cancel}>
            Stop downloading
          </button>
        )}
        {failed > 0 && (
          <button type="button" className="button" onClick={() => queue.retry()}>
            {failed > notFetched ? 'Retry failed' : 'Download them now'}
          </button>
        )}
      </div>
      {queue.failure && (
        <p className="import-progress__problem" role="alert">
          {queue.failure}
        </p>
      )}
    </div>
  );
}
