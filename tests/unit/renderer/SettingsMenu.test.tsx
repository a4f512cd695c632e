import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src/shared/ipc/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/model/settings';
import { SettingsMenu } from '../../../src/renderer/src/features/settings/SettingsMenu';
import type { SettingsQuery } from '../../../src/renderer/src/features/settings/useSettings';
import { deferred } from './fakeApi';

afterEach(cleanup);

const saved: Settings = DEFAULT_SETTINGS;

function renderMenu(update: SettingsQuery['update']) {
  render(<SettingsMenu settings={{ status: 'ready', value: saved, reload: () => {}, update }} />);
  const button = screen.getByRole('button', { name: 'Settings' });
  fireEvent.click(button);
  return { button, toggle: screen.getByRole('switch', { name: 'Allow saving from this computer and the local network' }) };
}

describe('SettingsMenu', () => {
  it('discloses the theme and the local-network switch, off by default and saying why', () => {
    const { button, toggle } = renderMenu(vi.fn());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Off by default/);
  });

  it('turns the switch at once, and back with a message when the change was not saved', async () => {
    const answer = deferred<Result<Settings>>();
    const update = vi.fn(() => answer.promise);
    const { toggle } = renderMenu(update);
    fireEvent.click(toggle);
    expect(update).toHaveBeenCalledWith({ allowLocalNetwork: true });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await act(async () => answer.resolve({ ok: false, error: { code: 'storage-failure', message: 'The disk is full.' } }));
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe('That setting was not saved: The disk is full.');
  });

  it('closes with Esc, handing focus back to its button', () => {
    const { button } = renderMenu(vi.fn());
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Theme' }), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
