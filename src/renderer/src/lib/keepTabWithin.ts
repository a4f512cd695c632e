const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Wraps Tab and Shift+Tab around inside `container`: a modal dialog makes the page behind it inert,
 * but the browser would still move focus past its last control to its own toolbar.
 */
export function keepTabWithin(container: HTMLElement, event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>): void {
  if (event.key !== 'Tab') return;
  const focusable = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = container.ownerDocument.activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The keys of a modal dialog: Esc belongs to the dialog (the page behind, e.g. the reader, must not also
 * take it as "back"), and Tab wraps around inside it.
 */
export function modalKeyDown(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault' | 'stopPropagation'> & { currentTarget: HTMLElement }): void {
  if (event.key === 'Escape') event.stopPropagation();
  keepTabWithin(event.currentTarget, event);
}
