import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/** Asks for one export file to import (a CSV, JSON, HTML or ZIP from another service, or a backup); null when cancelled. */
export async function pickImportFile(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | undefined): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Import from another service',
    properties: ['openFile'],
    filters: [
      { name: 'Exports (Pocket, Instapaper, Omnivore, wallabag, Raindrop, Readwise, bookmarks)', extensions: ['csv', 'json', 'html', 'htm', 'zip'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const { canceled, filePaths } = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  return canceled ? null : (filePaths[0] ?? null);
}
