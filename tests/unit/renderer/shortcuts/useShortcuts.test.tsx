import { cleanup, fireEvent, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../../../src/renderer/src/features/shortcuts/useShortcuts';

afterEach(cleanup);

describe('useShortcuts', () => {
  it('runs the handler of the key pressed, and only for shortcuts given one', () => {
    const star = vi.fn();
    renderHook(() => useShortcuts({ star }));
    fireEvent.keyDown(window, { key: 's' });
    fireEvent.keyDown(window, { key: 'e' });
    expect(star).toHaveBeenCalledTimes(1);
  });

  it('leaves keys alone while typing, inside a modal dialog, or once handled', () => {
    const star = vi.fn();
    renderHook(() => useShortcuts({ star }));
    const { container } = render(
      <>
        <input aria-label="Field" />
        <dialog open>
          <button type="button">In a dialog</button>
        </dialog>
      </>,
    );
    fireEvent.keyDown(container.querySelector('input')!, { key: 's' });
    fireEvent.keyDown(container.querySelector('button')!, { key: 's' });
    const handled = new KeyboardEvent('keydown', { key: 's', cancelable: true });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(star).not.toHaveBeenCalled();
  });
});
