import { describe, expect, it, vi } from 'vitest';
import { listChannels } from '../../../../src/shared/ipc/channels';
import { ok } from '../../../../src/shared/ipc/result';
import type { Dispatch } from '../../../../src/main/ipc/dispatch';
import { registerIpc, type IpcLike } from '../../../../src/main/ipc/registerIpc';
import type { SenderFrame } from '../../../../src/main/ipc/trustedSender';

type Listener = Parameters<IpcLike['handle']>[1];

function setUp() {
  const handlers = new Map<string, Listener>();
  const dispatch = vi.fn<Dispatch>(async (_channel, input) => ok(input));
  const trusted: SenderFrame = { url: 'app://news-archive/index.html', parent: null };
  registerIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, dispatch, (frame) => frame === trusted);
  const call = (channel: string, senderFrame: SenderFrame | null, input: unknown) => handlers.get(channel)!({ senderFrame }, input);
  return { handlers, dispatch, trusted, call };
}

describe('registerIpc', () => {
  it('handles every channel of the contract, and only those', () => {
    expect([...setUp().handlers.keys()]).toEqual(listChannels().map(({ channel }) => channel));
  });

  it('passes calls from our renderer to dispatch', async () => {
    const { call, dispatch, trusted } = setUp();
    expect(await call('articles:get', trusted, { id: 'a1' })).toEqual(ok({ id: 'a1' }));
    expect(dispatch).toHaveBeenCalledWith('articles:get', { id: 'a1' });
  });

  it('refuses any other sender with forbidden-sender and never dispatches', async () => {
    const { call, dispatch } = setUp();
    const answer = await call('settings:update', { url: 'https://example.com/', parent: null }, { theme: 'dark' });
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('settings:update') } });
    expect(await call('library:info', null, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
