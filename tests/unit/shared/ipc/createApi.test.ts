import { describe, expect, it, vi } from 'vitest';
import { createApi, type Transport } from '../../../../src/shared/ipc/createApi';
import { channelNames, eventNames, listChannels } from '../../../../src/shared/ipc/channels';

function fakeTransport() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: Transport = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  return { transport, emit };
}

describe('createApi', () => {
  it('exposes one function per channel and one subscription per event, nothing else', () => {
    const api = createApi(fakeTransport().transport) as unknown as Record<string, unknown>;
    const expectedKeys = [...Object.keys(channelNames), ...Object.keys(eventNames)].sort();
    expect(Object.keys(api).sort()).toEqual(expectedKeys);
    for (const { domain, verb } of listChannels()) {
      const group = api[domain] as Record<string, unknown>;
      expect(typeof group[verb]).toBe('function');
      expect(Object.keys(group).sort()).toEqual([...(channelNames[domain] as readonly string[])].sort());
    }
  });

  it('sends each call on its own channel with the input untouched', async () => {
    const { transport } = fakeTransport();
    const api = createApi(transport);
    await api.articles.list({ view: 'all' });
    await api.library.info();
    expect(transport.invoke).toHaveBeenNthCalledWith(1, 'articles:list', { view: 'all' });
    expect(transport.invoke).toHaveBeenNthCalledWith(2, 'library:info', undefined);
  });

  it('delivers events until unsubscribed', () => {
    const { transport, emit } = fakeTransport();
    const api = createApi(transport);
    const seen: unknown[] = [];
    const unsubscribe = api.onArticlesChanged((payload) => seen.push(payload));
    emit('articles:changed', { ids: [], reason: 'updated' });
    unsubscribe();
    emit('articles:changed', { ids: [], reason: 'removed' });
    expect(seen).toEqual([{ ids: [], reason: 'updated' }]);
  });

  it('is typed by the contract: unknown channels and wrong inputs do not compile', () => {
    const api = createApi(fakeTransport().transport);
    // @ts-expect-error a channel the contract does not name
    expect(api.articles.drop).toBeUndefined();
    // @ts-expect-error the wrong input shape for articles:get
    void api.articles.get({ articleId: 'x' });
  });
});
