import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HelpDialog } from '../../../../src/renderer/src/features/help/HelpDialog';
import { keyLabel, SHORTCUTS } from '../../../../src/renderer/src/features/shortcuts/shortcuts';
import { installDialogPolyfill } from '../dialogPolyfill';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

describe('HelpDialog', () => {
  it('lists every declared shortcut, its keys in <kbd>, grouped by where it works', () => {
    render(<HelpDialog open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = dialog.querySelectorAll('.help-dialog__row');
    expect(rows).toHaveLength(SHORTCUTS.length);
    for (const { keys, does, where } of SHORTCUTS) {
      const group = within(dialog).getByRole('region', { name: { both: 'Everywhere', library: 'In the library', reader: 'In the reader' }[where] });
      const row = within(group).getByText(does).closest('.help-dialog__row')!;
      expect(Array.from(row.querySelectorAll('kbd'), (kbd) => kbd.textContent)).toEqual(keys.map(keyLabel));
    }
  });

  it('closes from its button', () => {
    const onClose = vi.fn();
    render(<HelpDialog open onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
