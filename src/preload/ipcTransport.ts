import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Transport } from '../shared/ipc/createApi';

/**
 * Carries the bridge over Electron IPC. Listeners never see the IpcRendererEvent (it would hand the
 * page `event.sender`, i.e. ipcRenderer itself), and unsubscribing removes exactly the wrapper
 * that subscribing added.
 */
export function ipcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Transport {
  return {
    invoke: (channel, input) => ipc.invoke(channel, input),
    subscribe(event, listener) {
      const withoutEvent = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(event, withoutEvent);
      return () => {
        ipc.removeListener(event, withoutEvent);
      };
    },
  };
}
