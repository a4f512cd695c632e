import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { IpcRenderer } from 'electron';
import { ipcTransport } from '../../../src/preload/ipcTransport';

function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  const ipc = { invoke, on: emitter.on.bind(emitter), removeListener: emitter.removeListener.bind(emitter) };
  return { ipc: ipc as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>, emitter, invoke };
}

describe('ipcTransport', () => {
  it('invokes the channel with the input and returns the answer', async () => {
    const { ipc, invoke } = fakeIpcRenderer();
    expect(await ipcTransport(ipc).invoke('articles:get', { id: 'a1' })).toEqual({ ok: true, value: { channel: 'articles:get', input: { id: 'a1' } } });
    expect(invoke).toHaveBeenCalledWith('articles:get', { id: 'a1' });
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const { ipc, emitter } = fakeIpcRenderer();
    const listener = vi.fn();
    ipcTransport(ipc).subscribe('articles:changed', listener);
    emitter.emit('articles:changed', { sender: 'ipcRenderer' }, { ids: ['a1'], reason: 'updated' });
    expect(listener.mock.calls).toEqual([[{ ids: ['a1'], reason: 'updated' }]]);
  });

  it('unsubscribing removes exactly that listener', () => {
    const { ipc, emitter } = fakeIpcRenderer();
    const transport = ipcTransport(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = transport.subscribe('settings:changed', first);
    transport.subscribe('settings:changed', second);

    unsubscribeFirst();
    emitter.emit('settings:changed', {}, { theme: 'dark' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ theme: 'dark' });
    expect(emitter.listenerCount('settings:changed')).toBe(1);
  });
});
