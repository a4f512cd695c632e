import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ImportContext } from './ImportContext';
import { ImportDialog } from './ImportDialog';
import { ImportStatus } from './ImportStatus';
import { useImportQueue } from './useImportQueue';

/** Follows the import queue for the whole app, and holds the Import dialog and the downloads' corner panel. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const queue = useImportQueue();
  const [dialogOpen, setDialogOpen] = useState(false);
  const openDialog = useCallback(() => setDialogOpen(true), []);
  const value = useMemo(() => ({ queue, openDialog }), [queue, openDialog]);
  return (
    <ImportContext.Provider value={value}>
      {children}
      <ImportDialog open={dialogOpen} onClose={() => setDialogOpen(false)} queue={queue} />
      <ImportStatus queue={queue} hidden={dialogOpen} />
    </ImportContext.Provider>
  );
}
