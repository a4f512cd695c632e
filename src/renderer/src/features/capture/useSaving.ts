import { useCallback, useState } from 'react';
import { useCapture, type Capture } from './useCapture';
import { useDropToSave } from './useDropToSave';
import { usePasteToSave } from './usePasteToSave';
import { useSaveShortcut } from './useSaveShortcut';

export interface Saving {
  capture: Capture;
  dialogOpen: boolean;
  openDialog: () => void;
  closeDialog: () => void;
  /** Something is being dragged over the window. */
  dragging: boolean;
}

/**
 * Every way into saving, wired together: the Save dialog (and its shortcut), paste and drop, all
 * feeding one list of saves. Paste and drop rest while the dialog is open: its field takes them.
 */
export function useSaving(): Saving {
  const capture = useCapture();
  const [dialogOpen, setDialogOpen] = useState(false);
  const openDialog = useCallback(() => setDialogOpen(true), []);
  const closeDialog = useCallback(() => setDialogOpen(false), []);
  useSaveShortcut(openDialog);
  usePasteToSave(!dialogOpen, capture.saveAll);
  const dragging = useDropToSave(!dialogOpen, capture.saveAll);
  return { capture, dialogOpen, openDialog, closeDialog, dragging };
}
