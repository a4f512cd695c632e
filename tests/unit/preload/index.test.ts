import { describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../../src/shared/ipc/channels';

const exposed = vi.hoisted(() => [] as Array<[string, unknown]>);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

await import('../../../src/preload/index');

describe('preload', () => {
  it('exposes exactly one thing: window.archive', () => {
    expect(exposed.map(([key]) => key)).toEqual(['archive']);
  });

  it('which holds the contract and nothing more', () => {
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(channelNames), ...Object.keys(eventNames)].sort());
    for (const [domain, verbs] of Object.entries(channelNames)) {
      expect(Object.keys(api[domain] as object).sort()).toEqual([...verbs].sort());
    }
  });
});
