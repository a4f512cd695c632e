import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { Result } from '../../../../src/shared/ipc/result';
import { ExportDialog } from '../../../../src/renderer/src/features/export/ExportDialog';
import { installDialogPolyfill } from '../dialogPolyfill';
import { createFakeApi, deferred, ok, withApi } from '../fakeApi';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

type Exported = Awaited<ReturnType<Api['library']['export']>>;
const tree = [{ name: 'ukraine', color: null, count: 3, total: 5, children: [{ name: 'ukraine/ceasefire', color: null, count: 2, total: 2, children: [] }] }];

function renderDialog(answer: () => Promise<Exported>) {
  const calls = vi.fn();
  const fake = createFakeApi({
    tags: { tree: async () => ok(tree) },
    library: {
      export: async (input) => {
        calls(input);
        return answer();
      },
    },
  });
  const onClose = vi.fn();
  render(<ExportDialog open onClose={onClose} />, { wrapper: withApi(fake.api) });
  const dialog = screen.getByRole('dialog', { name: 'Export or back up' });
  return { dialog, calls, onClose, exportButton: within(dialog).getByRole('button', { name: 'Export…' }) };
}

describe('ExportDialog', () => {
  it('offers every format with what it is for, the chosen one focused', () => {
    const { dialog } = renderDialog(async () => ok(null));
    const formats = within(dialog).getAllByRole('radio');
    expect(formats).toHaveLength(7);
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: /^Markdown folder — for Obsidian/ }));
    expect(within(dialog).getByRole('radio', { name: 'Full backup (ZIP) — everything, to restore later' })).toBeTruthy();
  });

  it('exports one tag as CSV, says busy meanwhile, then where and how much it wrote', async () => {
    const answer = deferred<Exported>();
    const { dialog, calls, exportButton } = renderDialog(() => answer.promise);
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }));
    const tag = await within(dialog).findByRole('option', { name: 'Tagged ukraine/ceasefire (2)' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Articles' }), { target: { value: (tag as HTMLOptionElement).value } });
    fireEvent.click(exportButton);
    expect(calls).toHaveBeenCalledExactlyOnceWith({ format: 'csv', tag: 'ukraine/ceasefire' });
    expect(within(dialog).getByRole('status').textContent).toBe('Exporting…');
    expect(exportButton).toHaveProperty('disabled', true);
    answer.resolve(ok({ path: '/exports/news-archive.csv', articles: 12, images: 9 }));
    expect((await within(dialog).findByText(/^Exported/)).textContent).toBe('Exported 12 articles and 9 images to /exports/news-archive.csv.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('backs up the whole library whatever tag was chosen, and does nothing more when the dialog is cancelled', async () => {
    const { dialog, calls, exportButton } = renderDialog(async () => ok(null));
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Full backup/ }));
    expect(within(dialog).getByRole('combobox', { name: 'Articles' })).toHaveProperty('disabled', true);
    fireEvent.click(exportButton);
    expect(calls).toHaveBeenCalledExactlyOnceWith({ format: 'backup' });
    await vi.waitFor(() => expect(exportButton).toHaveProperty('disabled', false));
    expect(within(dialog).queryByText(/^Exported/)).toBeNull();
  });

  it('says why an export was refused', async () => {
    const message = '/exports/news-archive-markdown already exists and is not an empty folder';
    const { dialog, exportButton } = renderDialog(async (): Promise<Result<never>> => ({ ok: false, error: { code: 'invalid-input', message } }));
    fireEvent.click(exportButton);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
  });
});
