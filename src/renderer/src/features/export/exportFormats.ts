import type { LibraryExportFormat } from '../../../../shared/model/libraryExport';

/** Each export format as the Export dialog offers it: what it is, then what it is for. */
export const EXPORT_FORMATS: ReadonlyArray<{ format: LibraryExportFormat; name: string; purpose: string }> = [
  { format: 'markdown', name: 'Markdown folder', purpose: 'for Obsidian or any notes app, one file per article' },
  { format: 'html', name: 'Web pages folder', purpose: 'to read offline in any browser, images included' },
  { format: 'csv', name: 'Spreadsheet (CSV)', purpose: 'one row per article, for Excel, Numbers or LibreOffice' },
  { format: 'json', name: 'JSON', purpose: 'every article with its notes and highlights, for your own scripts' },
  { format: 'bookmarks', name: 'Bookmarks file', purpose: 'the links, for a browser or a bookmark service' },
  { format: 'jsonld', name: 'Web Annotations (JSON-LD)', purpose: 'your highlights and notes, for annotation tools' },
  { format: 'backup', name: 'Full backup (ZIP)', purpose: 'everything, to restore later' },
];
