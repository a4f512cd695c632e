// The renderer's only way into main: `window.archive`, one function per contract channel and one
// subscription per event. Nothing else is exposed, least of all ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/ipc/createApi';
import { ipcTransport } from './ipcTransport';

contextBridge.exposeInMainWorld('archive', createApi(ipcTransport(ipcRenderer)));
