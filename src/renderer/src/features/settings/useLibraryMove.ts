import { useState } from 'react';
import { useApi } from '../../lib/api';

export type MoveState =
  | { step: 'idle' }
  | { step: 'moving'; to: string }
  | { step: 'moved'; path: string; previous: string }
  | { step: 'failed'; message: string };

/** Moving the library: choose a folder (the desktop's dialog), then copy and switch, saying how it went. */
export function useLibraryMove(onMoved: () => void) {
  const api = useApi();
  const [state, setState] = useState<MoveState>({ step: 'idle' });
  const move = async () => {
    const chosen = await api.library.chooseFolder();
    if (!chosen.ok) return setState({ step: 'failed', message: chosen.error.message });
    if (chosen.value === null) return;
    setState({ step: 'moving', to: chosen.value.path });
    const moved = await api.library.move({ to: chosen.value.path });
    if (!moved.ok) return setState({ step: 'failed', message: moved.error.message });
    setState({ step: 'moved', ...moved.value });
    onMoved();
  };
  const showInFolder = async () => {
    const shown = await api.library.showInFolder();
    if (!shown.ok) setState({ step: 'failed', message: shown.error.message });
  };
  return { state, move: () => void move(), showInFolder: () => void showInFolder() };
}
