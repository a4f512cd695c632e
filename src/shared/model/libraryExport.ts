import { z } from 'zod';

/** What the library exports to (see the core's exportLibrary): shared, so the app's dialog offers the same list as the CLI. */
export const LIBRARY_EXPORT_FORMATS = ['markdown', 'html', 'csv', 'json', 'bookmarks', 'jsonld', 'backup'] as const;
export const LibraryExportFormatSchema = z.enum(LIBRARY_EXPORT_FORMATS);
export type LibraryExportFormat = z.infer<typeof LibraryExportFormatSchema>;
