import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../src/shared/ipc/result';
import { SaveDialog } from '../../../../src/renderer/src/features/capture/SaveDialog';
import { installDialogPolyfill } from '../dialogPolyfill';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

const saved: Result<unknown> = { ok: true, value: null };

function renderDialog({ onSaveAddress = vi.fn(async () => saved), onChooseFiles = vi.fn(async () => saved), onClose = vi.fn() } = {}) {
  render(<SaveDialog open onClose={onClose} onSaveAddress={onSaveAddress} onChooseFiles={onChooseFiles} />);
  const dialog = screen.getByRole('dialog', { name: 'Save an article' });
  const field = screen.getByRole('textbox', { name: 'Web address' });
  const type = (text: string) => fireEvent.change(field, { target: { value: text } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  return { dialog, field, type, save, onSaveAddress, onChooseFiles, onClose };
}

describe('SaveDialog', () => {
  it('opens labelled, with the address field focused and a hint about paste and drop', () => {
    const { dialog, field } = renderDialog();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(/paste a link .* drop links and files/);
  });

  it('saves a bare address as https, then closes', async () => {
    const { type, save, onSaveAddress, onClose } = renderDialog();
    type('example.com/story');
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSaveAddress).toHaveBeenCalledWith('https://example.com/story');
  });

  it('refuses other schemes inline, marking the field, and saves nothing', () => {
    const { field, type, save, onSaveAddress } = renderDialog();
    type('ftp://files.example/story.html');
    save();
    const problem = screen.getByRole('alert');
    expect(problem.textContent).toBe('Only web pages can be saved from an address (http:// or https://), not “ftp:” links.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(problem.id);
    expect(onSaveAddress).not.toHaveBeenCalled();
    type('https://news.example/story');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why the app refused to start the save, and stays open', async () => {
    const onSaveAddress = vi.fn(async (): Promise<Result<unknown>> => ({ ok: false, error: { code: 'invalid-input', message: 'That address is too long.' } }));
    const { type, save, onClose } = renderDialog({ onSaveAddress });
    type('https://news.example/story');
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('That address is too long.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('saves with Ctrl/⌘+S typed in the address field', async () => {
    const { field, type, onSaveAddress } = renderDialog();
    type('https://news.example/story');
    fireEvent.keyDown(field, { key: 's', ctrlKey: true, metaKey: true });
    await vi.waitFor(() => expect(onSaveAddress).toHaveBeenCalledWith('https://news.example/story'));
  });

  it('says inline when choosing files is not possible here', async () => {
    const onChooseFiles = vi.fn(async (): Promise<Result<unknown>> => ({
      ok: false,
      error: { code: 'unsupported', message: 'Choosing files works in the desktop app; here, drop them onto the window.' },
    }));
    const { onClose } = renderDialog({ onChooseFiles });
    fireEvent.click(screen.getByRole('button', { name: 'Choose files…' }));
    expect((await screen.findByRole('status')).textContent).toBe('Choosing files works in the desktop app; here, drop them onto the window.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes with Cancel, and keeps Esc from reaching the page behind', () => {
    const behind = vi.fn();
    window.addEventListener('keydown', behind);
    const { dialog, onClose } = renderDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(behind).not.toHaveBeenCalled();
    window.removeEventListener('keydown', behind);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });
});
