import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { pickPageFiles } from '../../../../src/main/capture/pickPageFiles';

const dialogAnswering = (answer: { canceled: boolean; filePaths: string[] }) => ({ showOpenDialog: vi.fn(async (..._args: unknown[]) => answer) });
const window = {} as BrowserWindow;

describe('pickPageFiles', () => {
  it('asks for several saved pages or text files and answers their paths', async () => {
    const dialog = dialogAnswering({ canceled: false, filePaths: ['/a.html', '/b.md'] });
    expect(await pickPageFiles(dialog, window, 'linux')).toEqual(['/a.html', '/b.md']);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [BrowserWindow, OpenDialogOptions];
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]?.extensions).toEqual(['html', 'htm', 'mhtml', 'mht', 'txt', 'md']);
  });

  it('offers folders too where one dialog can choose both (macOS)', async () => {
    const dialog = dialogAnswering({ canceled: false, filePaths: ['/Saved'] });
    await pickPageFiles(dialog, window, 'darwin');
    expect((dialog.showOpenDialog.mock.calls[0]![1] as OpenDialogOptions).properties).toContain('openDirectory');
  });

  it('answers nothing when the user cancels', async () => {
    expect(await pickPageFiles(dialogAnswering({ canceled: true, filePaths: ['/ignored'] }), undefined, 'win32')).toEqual([]);
  });
});
