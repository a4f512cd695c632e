import { createContext, useContext } from 'react';
import type { ImportQueue } from './useImportQueue';

export interface ImportContextValue {
  queue: ImportQueue;
  /** Opens the Import dialog. */
  openDialog: () => void;
}

/** The import queue and dialog, for the parts of the app that show or start an import (rows, Welcome). */
export const ImportContext = createContext<ImportContextValue | null>(null);

/** Null outside the app's provider: there is then no import to show (e.g. a row rendered alone). */
export function useImports(): ImportContextValue | null {
  return useContext(ImportContext);
}
