import { useEffect, useId, useRef, useState } from 'react';
import type { LibraryExportFormat } from '../../../../shared/model/libraryExport';
import type { OutputOf } from '../../../../shared/ipc/contract';
import { useApi } from '../../lib/api';
import { modalKeyDown } from '../../lib/keepTabWithin';
import { useModalOpen } from '../../lib/useModalOpen';
import { tagRows } from '../tags/tagRows';
import { useTagTree } from '../tags/useTagTree';
import { EXPORT_FORMATS } from './exportFormats';
import './ExportDialog.css';

interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
}

type Exported = NonNullable<OutputOf<'library', 'export'>>;

const counted = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "Exported 12 articles and 9 images to /path." */
export function describeExport({ articles, images, path }: Exported): string {
  return `Exported ${counted(articles, 'article')}${images > 0 ? ` and ${counted(images, 'image')}` : ''} to ${path}.`;
}

/**
 * The Export dialog: pick a format (and, but for a backup, a tag), then where (the desktop's save dialog).
 * A native modal <dialog> like Import; an export never replaces anything, and a refusal is said here.
 */
export function ExportDialog({ open, onClose }: ExportDialogProps) {
  const api = useApi();
  const tags = useTagTree();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<LibraryExportFormat>('markdown');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<Exported | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { title: useId(), formats: useId(), tag: useId(), tagWhy: useId() };
  const wholeLibrary = format === 'backup';

  useModalOpen(dialogRef, open);

  // Opening puts the focus on the chosen format; a finished export on Close.
  useEffect(() => {
    if (open) dialogRef.current?.querySelector<HTMLElement>(exported ? '[data-autofocus]' : 'input:checked')?.focus();
  }, [open, exported]);

  const onDialogClose = () => {
    setExported(null);
    setProblem(null);
    onClose();
  };

  const run = async () => {
    setProblem(null);
    setBusy(true);
    const result = await api.library.export({ format, tag: wholeLibrary || tag === '' ? undefined : tag });
    setBusy(false);
    if (!result.ok) setProblem(result.error.message);
    else setExported(result.value);
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal export-dialog"
      aria-labelledby={ids.title}
      aria-busy={busy}
      onClose={onDialogClose}
      onKeyDown={modalKeyDown}
    >
      <div className="export-dialog__body">
        <h2 id={ids.title} className="modal__title">
          Export or back up
        </h2>
        {exported ? (
          <p className="export-dialog__result" role="status">
            {describeExport(exported)}
          </p>
        ) : (
          <>
            <fieldset className="export-dialog__formats" disabled={busy}>
              <legend id={ids.formats}>Format</legend>
              {EXPORT_FORMATS.map((option) => (
                <label key={option.format} className="export-dialog__format">
                  <input type="radio" name={ids.formats} value={option.format} checked={format === option.format} onChange={() => setFormat(option.format)} />
                  <span>
                    <span className="export-dialog__format-name">{option.name}</span> — {option.purpose}
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="export-dialog__tag">
              <label htmlFor={ids.tag}>Articles</label>
              <select id={ids.tag} className="control export-dialog__select" value={wholeLibrary ? '' : tag} disabled={busy || wholeLibrary} aria-describedby={wholeLibrary ? ids.tagWhy : undefined} onChange={(event) => setTag(event.target.value)}>
                <option value="">All articles</option>
                {tags.status === 'ready' &&
                  tagRows(tags.value).map((row) => (
                    <option key={row.name} value={row.name}>
                      {`Tagged ${row.name} (${row.total})`}
                    </option>
                  ))}
              </select>
              {wholeLibrary && (
                <p id={ids.tagWhy} className="export-dialog__why">
                  A backup always holds the whole library, the Trash included.
                </p>
              )}
            </div>
          </>
        )}
        {problem && (
          <p className="modal__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="modal__actions">
          {busy && (
            <span className="export-dialog__busy" role="status">
              Exporting…
            </span>
          )}
          {exported ? (
            <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
              Close
            </button>
          ) : (
            <>
              <button type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
                Cancel
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
                Export…
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}
