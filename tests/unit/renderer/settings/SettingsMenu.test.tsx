import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/shared/model/settings';
import { SettingsMenu } from '../../../../src/renderer/src/features/settings/SettingsMenu';
import type { SettingsQuery } from '../../../../src/renderer/src/features/settings/useSettings';
import { ApiContext } from '../../../../src/renderer/src/lib/api';
import { installDialogPolyfill } from '../dialogPolyfill';
import { createFakeApi } from '../fakeApi';
import { expectEscapeCloses, renderOpenPopover } from '../popover';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

function renderMenu({ failure = null, onShowShortcuts = vi.fn() }: { failure?: string | null; onShowShortcuts?: () => void } = {}) {
  const update = vi.fn<SettingsQuery['update']>();
  const { button } = renderOpenPopover(
    <ApiContext.Provider value={createFakeApi().api}>
      <SettingsMenu
        settings={{ status: 'ready', value: DEFAULT_SETTINGS, reload: () => {}, update, failure }}
        onShowShortcuts={onShowShortcuts}
        onManageTags={() => {}}
        libraryPath="/home/ana/News"
        onLibraryMoved={() => {}}
      />
    </ApiContext.Provider>,
    'Settings',
  );
  return { update, button, toggle: screen.getByRole('switch', { name: 'Allow saving from this computer and the local network' }) };
}

describe('SettingsMenu', () => {
  it('discloses the theme and the local-network switch, off by default and saying why', () => {
    const { button, toggle } = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Off by default/);
  });

  it('saves a change, and says when one was not saved', () => {
    const { update, toggle } = renderMenu({ failure: 'The disk is full.' });
    fireEvent.click(toggle);
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'sepia' } });
    expect(update.mock.calls).toEqual([[{ allowLocalNetwork: true }], [{ theme: 'sepia' }]]);
    expect(screen.getByRole('alert').textContent).toBe('That setting was not saved: The disk is full.');
  });

  it('opens the keyboard shortcuts, closing itself', () => {
    const onShowShortcuts = vi.fn();
    const { button } = renderMenu({ onShowShortcuts });
    fireEvent.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    expect(onShowShortcuts).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the Export dialog, closing itself', () => {
    const { button } = renderMenu();
    fireEvent.click(screen.getByRole('button', { name: 'Export or back up…' }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('dialog', { name: 'Export or back up' }).hasAttribute('open')).toBe(true);
  });

  it('closes with Esc, which goes no further, and hands focus back to its button', () => {
    const { button } = renderMenu();
    expectEscapeCloses(screen.getByRole('combobox', { name: 'Theme' }), button);
  });
});
