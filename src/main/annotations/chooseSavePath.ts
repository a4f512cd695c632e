import { extname } from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';

const FILE_TYPES: Record<string, string> = { md: 'Markdown', json: 'JSON', jsonld: 'JSON-LD (Web Annotations)', csv: 'CSV', html: 'HTML', zip: 'ZIP' };

/**
 * Asks where to save an export, suggesting `suggestedName` and offering its file type; null when cancelled.
 * A name without an extension is a folder the export will create (the library's Markdown or HTML export).
 */
export async function chooseSavePath(dialog: Pick<Dialog, 'showSaveDialog'>, window: BrowserWindow | undefined, suggestedName: string): Promise<string | null> {
  const extension = extname(suggestedName).slice(1);
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: suggestedName,
    filters: extension ? [{ name: FILE_TYPES[extension] ?? extension.toUpperCase(), extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const { canceled, filePath } = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
  return canceled || !filePath ? null : filePath;
}
