import { useEffect, useState } from 'react';
import { carriesSavable, readTransfer, type TransferContents } from './readTransfer';

/**
 * Links, text and files dropped anywhere on the window are saved. Returns whether something is
 * being dragged over the window, for the drop overlay. Off while `enabled` is false (a dialog is
 * open, and its field takes drops itself). Keep `onContents` stable.
 */
export function useDropToSave(enabled: boolean, onContents: (contents: TransferContents) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    // dragenter and dragleave fire for every element crossed; the window is left when they balance.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesSavable(event.dataTransfer)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesSavable(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !carriesSavable(event.dataTransfer)) return;
      event.preventDefault();
      void readTransfer(event.dataTransfer).then(onContents);
    };
    const onEnd = () => {
      depth = 0;
      setDragging(false);
    };
    const listeners = { dragenter: onEnter, dragleave: onLeave, dragover: onOver, drop: onDrop, dragend: onEnd } as const;
    for (const [type, listener] of Object.entries(listeners)) window.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners)) window.removeEventListener(type, listener as EventListener);
      setDragging(false);
    };
  }, [enabled, onContents]);

  return dragging;
}
