import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';

/** Renders a header popover (Settings, the reader's "Aa") and opens it: its button and panel share one name. */
export function renderOpenPopover(ui: ReactElement, name: string) {
  render(ui);
  const button = screen.getByRole('button', { name });
  fireEvent.click(button);
  return { button, panel: screen.getByRole('group', { name }) };
}

/** Presses Esc inside an open popover: it closes, focus goes back to its button, and the key goes no further. */
export function expectEscapeCloses(from: Element, button: HTMLElement) {
  const onWindowKey = vi.fn();
  window.addEventListener('keydown', onWindowKey);
  fireEvent.keyDown(from, { key: 'Escape' });
  window.removeEventListener('keydown', onWindowKey);
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(button);
  expect(onWindowKey).not.toHaveBeenCalled();
}
