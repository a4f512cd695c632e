import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { ImportButton } from '../../../../src/renderer/src/features/import/ImportButton';
import { ImportProvider } from '../../../../src/renderer/src/features/import/ImportProvider';
import { installDialogPolyfill } from '../dialogPolyfill';
import { createFakeApi, ok, withApi } from '../fakeApi';
import { preview, progress } from './importFakes';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

type Imports = Partial<Api['imports']>;

function renderImport(imports: Imports = {}) {
  const calls = { start: vi.fn(), pause: vi.fn(), resume: vi.fn(), cancel: vi.fn(), retryFailed: vi.fn() };
  const fake = createFakeApi({
    imports: {
      pickFile: async () => ok({ path: '/exports/part_000000.csv' }),
      preview: async () => ok(preview()),
      progress: async () => ok(progress({ state: 'idle' })),
      links: async () => ok([]),
      start: async (input) => {
        calls.start(input);
        return ok({ ...preview(), added: 2, queued: 2 });
      },
      pause: async () => (calls.pause(), ok(progress({ state: 'paused', total: 2 }))),
      resume: async () => (calls.resume(), ok(progress({ total: 2 }))),
      cancel: async () => (calls.cancel(), ok(progress({ state: 'idle', failed: 2, total: 2 }))),
      retryFailed: async (input) => (calls.retryFailed(input), ok(progress({ total: 2 }))),
      ...imports,
    },
  });
  render(
    <ImportProvider>
      <ImportButton className="button" />
    </ImportProvider>,
    { wrapper: withApi(fake.api) },
  );
  fireEvent.click(screen.getByRole('button', { name: 'Import from Pocket, Instapaper…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import articles' });
  const choose = async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    await vi.waitFor(() => expect(within(dialog).queryByRole('button', { name: 'Choose a file…' })).toBeNull());
  };
  return { fake, calls, dialog, choose };
}

describe('ImportDialog', () => {
  it('opens with the focus on choosing a file', () => {
    const { dialog } = renderImport();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Choose a file…' }));
  });

  it('previews the file: its format in words, the counts, the pages to download and the first problems', async () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ file: 'part_000000.csv', line: i + 2, message: `no address ${i}` }));
    const { dialog, choose } = renderImport({ preview: async () => ok(preview({ new: 8000, existing: 12, invalid: 5, toFetch: 8000, problems })) });
    await choose();
    expect(within(dialog).getByText('Pocket export (CSV)')).toBeTruthy();
    const counts = within(dialog).getAllByRole('definition').map((dd) => dd.textContent);
    expect(counts).toEqual(['8,000', '12', '5']);
    expect(dialog.textContent).toContain('8,000 pages will be downloaded in the background');
    expect(dialog.textContent).toContain('part_000000.csv, line 2 — no address 0');
    expect(within(dialog).getByText('Show all 5 problems')).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Download the pages now' })).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Import 8,000 articles' }));
  });

  it('shows why a bad file cannot be imported, and imports nothing', async () => {
    const message = 'part_000000.csv, line 1: this is not a Pocket export (no "url" column).';
    const { dialog, calls } = renderImport({ preview: async () => ({ ok: false, error: { code: 'invalid-import', message } }) });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
    expect(within(dialog).queryByRole('button', { name: /^Import / })).toBeNull();
    expect(calls.start).not.toHaveBeenCalled();
  });

  it('offers no import when nothing in the file is new', async () => {
    const { dialog, choose } = renderImport({ preview: async () => ok(preview({ new: 0, existing: 3, toFetch: 0 })) });
    await choose();
    expect(within(dialog).getByRole('button', { name: 'Import 0 articles' })).toHaveProperty('disabled', true);
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
  });

  it('imports links only when the download is unticked, and says so', async () => {
    const { dialog, calls, choose } = renderImport();
    await choose();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Download the pages now' }));
    expect(dialog.textContent).toContain('2 articles will be links only');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 articles' }));
    await within(dialog).findByText(/Imported 2 articles\./);
    expect(calls.start).toHaveBeenCalledWith({ path: '/exports/part_000000.csv', format: 'pocket-csv', fetch: false });
    expect(dialog.textContent).toContain('2 articles are links only');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('follows the downloads from the progress event, with Pause, Resume, Stop and Retry', async () => {
    const { dialog, calls, choose, fake } = renderImport();
    await choose();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 articles' }));
    await within(dialog).findByText(/downloading in the background/);
    act(() => fake.emit('onImportProgress', progress({ fetched: 1, pending: 1, total: 2, etaSeconds: 130 })));
    const bar = within(dialog).getByRole('progressbar', { name: 'Pages downloaded' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '2']);
    expect(dialog.textContent).toContain('1 of 2 pages downloaded · about 2 minutes left');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Resume' }));
    await within(dialog).findByRole('button', { name: 'Pause' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop downloading' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Retry failed' }));
    await vi.waitFor(() => expect(calls.retryFailed).toHaveBeenCalledWith({}));
    expect([calls.pause, calls.resume, calls.cancel].map((call) => call.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('keeps the downloads in a corner once closed', async () => {
    const { dialog, choose, fake } = renderImport();
    await choose();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 articles' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Close' }));
    act(() => fake.emit('onImportProgress', progress({ fetched: 1, pending: 1, total: 2 })));
    const corner = screen.getByRole('region', { name: 'Downloads of imported articles' });
    expect(within(corner).getByRole('progressbar')).toBeTruthy();
    expect(within(corner).getByRole('status').textContent).toBe('Downloading 1 page.');
  });
});
