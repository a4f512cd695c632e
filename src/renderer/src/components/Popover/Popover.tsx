import { useEffect, useId, type ReactNode } from 'react';
import { usePopover } from '../../lib/usePopover';

interface PopoverProps {
  /** The BEM block: the root takes it, the button `${block}__button`, the panel `${block}__panel`. */
  block: string;
  /** The panel's accessible name. */
  label: string;
  /** What the button shows; it must give the button its name. */
  button: ReactNode;
  /** The panel's content, given a way to close the panel (for a choice that moves on elsewhere). */
  children: (close: () => void) => ReactNode;
  /** Opens the panel each time it changes to a number above 0 (e.g. the app menu's Settings…). */
  openRequest?: number;
}

/**
 * A header button and the panel it discloses (Settings, the reader's "Aa"); see usePopover for how
 * it closes.
 */
export function Popover({ block, label, button, children, openRequest = 0 }: PopoverProps) {
  const { open, toggle, close, show, rootRef, buttonRef, onKeyDown } = usePopover();
  const panelId = useId();
  useEffect(() => {
    if (openRequest === 0) return;
    show();
    buttonRef.current?.focus();
  }, [openRequest, show, buttonRef]);

  return (
    <div ref={rootRef} className={block} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={`button button--quiet ${block}__button`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {button}
      </button>
      <div id={panelId} className={`popover-panel ${block}__panel`} role="group" aria-label={label} hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
