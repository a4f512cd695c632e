import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/**
 * Asks for saved pages, text files or folders of them. Only macOS has one dialog for files and folders
 * both; elsewhere asking for folders would hide the files, so there it asks for files.
 */
export async function pickPageFiles(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | undefined, platform = process.platform): Promise<string[]> {
  const options: OpenDialogOptions = {
    title: 'Save pages or text files',
    properties: platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: [{ name: 'Saved pages and text', extensions: ['html', 'htm', 'mhtml', 'mht', 'txt', 'md'] }],
  };
  const { canceled, filePaths } = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  return canceled ? [] : filePaths;
}
