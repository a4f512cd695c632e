import { useEffect, useId, useRef, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../../shared/model/import';
import { useApi } from '../../lib/api';
import { modalKeyDown } from '../../lib/keepTabWithin';
import { useModalOpen } from '../../lib/useModalOpen';
import { importLabel, plural } from './describeProgress';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgressPanel } from './ImportProgressPanel';
import type { ImportQueue } from './useImportQueue';
import './ImportDialog.css';

interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  queue: ImportQueue;
}

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'preview'; path: string; preview: ImportPreview }
  | { name: 'importing'; path: string; preview: ImportPreview }
  | { name: 'done'; result: ImportResult; fetched: boolean };

/**
 * The Import dialog: choose an export file (Pocket, Instapaper, …), see what importing it would do,
 * import, then follow the pages' downloads. A native modal <dialog> like Save; closing it leaves the
 * downloads running, followed in the corner (ImportStatus).
 */
export function ImportDialog({ open, onClose, queue }: ImportDialogProps) {
  const api = useApi();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [fetch, setFetch] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { title: useId(), fetch: useId() };

  useModalOpen(dialogRef, open);

  // Each step puts the focus on what comes next: choosing, importing, or closing.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    (dialog.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ?? dialog.querySelector<HTMLElement>('button:not(:disabled)'))?.focus();
  }, [open, step.name]);

  const onDialogClose = () => {
    setStep({ name: 'choose' });
    setProblem(null);
    setFetch(true);
    onClose();
  };

  const choose = async () => {
    setProblem(null);
    const picked = await api.imports.pickFile();
    if (!picked.ok) return setProblem(picked.error.message);
    if (!picked.value) return;
    const { path } = picked.value;
    setStep({ name: 'reading' });
    const preview = await api.imports.preview({ path });
    if (!preview.ok) {
      setStep({ name: 'choose' });
      return setProblem(preview.error.message);
    }
    setStep({ name: 'preview', path, preview: preview.value });
  };

  const start = async (path: string, preview: ImportPreview) => {
    setStep({ name: 'importing', path, preview });
    const result = await api.imports.start({ path, format: preview.format, fetch });
    if (!result.ok) {
      setStep({ name: 'preview', path, preview });
      return setProblem(result.error.message);
    }
    queue.refreshLinks();
    setStep({ name: 'done', result: result.value, fetched: fetch });
  };

  const busy = step.name === 'reading' || step.name === 'importing';
  const shown = step.name === 'preview' || step.name === 'importing' ? step : null;
  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog"
      aria-labelledby={ids.title}
      onClose={onDialogClose}
      onKeyDown={modalKeyDown}
    >
      <div className="import-dialog__body">
        <h2 id={ids.title} className="modal__title">
          Import articles
        </h2>
        {step.name === 'done' ? (
          <>
            <p className="import-dialog__result" role="status">
              {step.result.added > 0 ? `Imported ${plural(step.result.added, 'article', 'articles')}.` : 'Nothing new was imported.'}{' '}
              {step.result.queued > 0 &&
                (step.fetched
                  ? `${plural(step.result.queued, 'page is', 'pages are')} downloading in the background; you can close this window.`
                  : `${plural(step.result.queued, 'article is', 'articles are')} links only: download them from the library whenever you like.`)}
            </p>
            {step.fetched && <ImportProgressPanel queue={queue} />}
          </>
        ) : shown ? (
          <>
            <ImportPreviewPanel preview={shown.preview} fetch={fetch} />
            {shown.preview.toFetch > 0 && (
              <label className="import-dialog__fetch" htmlFor={ids.fetch}>
                <input id={ids.fetch} type="checkbox" checked={fetch} disabled={busy} onChange={(event) => setFetch(event.target.checked)} />
                Download the pages now
              </label>
            )}
          </>
        ) : (
          <>
            <p className="import-dialog__intro">
              Bring the articles you saved elsewhere: a Pocket, Instapaper, Omnivore, wallabag, Raindrop.io or Readwise
              Reader export, or a browser’s bookmarks file. Tags, read and starred states come along.
            </p>
            <p className="import-dialog__choose">
              <button type="button" className="button button--primary" data-autofocus disabled={busy} onClick={() => void choose()}>
                Choose a file…
              </button>
              {busy && <span role="status">Reading the file…</span>}
            </p>
          </>
        )}
        {problem && (
          <p className="modal__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="modal__actions">
          {step.name === 'done' ? (
            <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
              Close
            </button>
          ) : (
            <>
              {shown && (
                <button type="button" className="button button--quiet" disabled={busy} onClick={() => void choose()}>
                  Choose another file…
                </button>
              )}
              <button type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
                Cancel
              </button>
              {shown && (
                <button
                  type="button"
                  className="button button--primary"
                  data-autofocus
                  disabled={busy || shown.preview.new === 0}
                  onClick={() => void start(shown.path, shown.preview)}
                >
                  {step.name === 'importing' ? 'Importing…' : importLabel(shown.preview.new)}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}
