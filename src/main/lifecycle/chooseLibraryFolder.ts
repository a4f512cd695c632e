import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/** Asks where to move the library: a new or empty folder (the dialog can make one); null when cancelled. */
export async function chooseLibraryFolder(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | undefined): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Move the library to…',
    buttonLabel: 'Move Here',
    message: 'Choose a new or empty folder. The library is copied there; the old folder stays until you delete it.',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const { canceled, filePaths } = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  return canceled ? null : (filePaths[0] ?? null);
}
