import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import { modalKeyDown } from '../../lib/keepTabWithin';
import { SAVE_SHORTCUT } from '../../lib/shortcut';
import { parseAddress } from './parseAddress';
import './SaveDialog.css';

interface SaveDialogProps {
  open: boolean;
  onClose: () => void;
  onSaveAddress: (url: string) => Promise<Result<unknown>>;
  onChooseFiles: () => Promise<Result<unknown>>;
}

/**
 * The Save dialog: a web address to save, or files to choose. A native modal <dialog>, so the page
 * behind it is inert (focus stays inside), Esc closes it and focus returns to where it was.
 */
export function SaveDialog({ open, onClose, onSaveAddress, onChooseFiles }: SaveDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [filesMessage, setFilesMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { title: useId(), hint: useId(), problem: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Every way of closing (Esc, Cancel, a save started) ends here: the next opening starts afresh.
  const onDialogClose = () => {
    setAddress('');
    setProblem(null);
    setFilesMessage(null);
    onClose();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const parsed = parseAddress(address);
    if (!parsed.ok) {
      setProblem(parsed.message);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await onSaveAddress(parsed.url);
    setBusy(false);
    if (result.ok) onClose();
    else setProblem(result.error.message);
  };

  const chooseFiles = async () => {
    setFilesMessage(null);
    const result = await onChooseFiles();
    if (!result.ok) setFilesMessage(result.error.message);
    else onClose();
  };

  // Ctrl/⌘+S in the address field saves what it holds, like the button.
  const onAddressKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!SAVE_SHORTCUT.matches(event)) return;
    event.preventDefault();
    void submit();
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal save-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.hint}
      onClose={onDialogClose}
      onKeyDown={modalKeyDown}
    >
      <form className="save-dialog__form" noValidate onSubmit={submit}>
        <h2 id={ids.title} className="modal__title">
          Save an article
        </h2>
        <label className="save-dialog__label" htmlFor={`${ids.title}-address`}>
          Web address
        </label>
        <input
          ref={inputRef}
          id={`${ids.title}-address`}
          className="control save-dialog__input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/news/story"
          value={address}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? ids.problem : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onAddressKeyDown}
        />
        {problem && (
          <p id={ids.problem} className="save-dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="save-dialog__files">
          <button type="button" className="button" onClick={() => void chooseFiles()}>
            Choose files…
          </button>
          {filesMessage && (
            <p className="save-dialog__files-message" role="status">
              {filesMessage}
            </p>
          )}
        </div>
        <p id={ids.hint} className="save-dialog__hint">
          You can also paste a link or text anywhere in the library, or drop links and files (web pages, .txt, .md) onto
          the window.
        </p>
        <div className="modal__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
