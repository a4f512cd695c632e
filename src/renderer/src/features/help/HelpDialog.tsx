import { useId, useRef } from 'react';
import { modalKeyDown } from '../../lib/keepTabWithin';
import { useModalOpen } from '../../lib/useModalOpen';
import { keyLabel, SHORTCUTS, type ShortcutPlace } from '../shortcuts/shortcuts';
import './HelpDialog.css';

const PLACES: ReadonlyArray<{ where: ShortcutPlace; title: string }> = [
  { where: 'both', title: 'Everywhere' },
  { where: 'library', title: 'In the library' },
  { where: 'reader', title: 'In the reader' },
];

interface HelpDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Every keyboard shortcut, read from the same list the key handlers use, grouped by where it works.
 * A native modal <dialog>: the page behind is inert, Esc closes it and focus returns where it was.
 */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useModalOpen(dialogRef, open);

  return (
    <dialog
      ref={dialogRef}
      className="modal help-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={modalKeyDown}
    >
      <div className="help-dialog__head">
        <h2 id={titleId} className="modal__title">
          Keyboard shortcuts
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {PLACES.map(({ where, title }) => (
        <section key={where} className="help-dialog__group" aria-label={title}>
          <h3 className="help-dialog__group-title">{title}</h3>
          <dl className="help-dialog__list">
            {SHORTCUTS.filter((shortcut) => shortcut.where === where).map(({ id, keys, does }) => (
              <div key={id} className="help-dialog__row">
                <dt>
                  {keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && <span className="help-dialog__or"> or </span>}
                      <kbd className="key">{keyLabel(key)}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
