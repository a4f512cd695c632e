import { useState } from 'react';

/** Whether a note is being written; a save that fails keeps the writing open (the failure is reported elsewhere). */
export function useNoteEditing(save: (text: string) => Promise<boolean>) {
  const [editing, setEditing] = useState(false);
  return {
    editing,
    start: () => setEditing(true),
    stop: () => setEditing(false),
    save: async (text: string) => {
      if (await save(text)) setEditing(false);
    },
  };
}
