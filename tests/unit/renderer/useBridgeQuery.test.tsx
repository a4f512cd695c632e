import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src/shared/ipc/result';
import { useBridgeQuery } from '../../../src/renderer/src/lib/useBridgeQuery';
import { deferred, ok } from './fakeApi';

const failure: Result<never> = { ok: false, error: { code: 'storage-failure', message: 'The disk is full.' } };

describe('useBridgeQuery', () => {
  it('is loading, then ready with the value', async () => {
    const answer = deferred<Result<number>>();
    const load = () => answer.promise;
    const { result } = renderHook(() => useBridgeQuery(load));
    expect(result.current.status).toBe('loading');
    await act(async () => answer.resolve(ok(42)));
    expect(result.current).toMatchObject({ status: 'ready', value: 42 });
  });

  it('shows the Result error, then loads again on reload', async () => {
    const load = vi.fn<() => Promise<Result<number>>>().mockResolvedValueOnce(failure).mockResolvedValueOnce(ok(7));
    const { result } = renderHook(() => useBridgeQuery(load));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'error', error: { message: 'The disk is full.' } }));
    act(() => result.current.reload());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 7 }));
  });

  it('keeps the current value on screen while refreshing', async () => {
    const second = deferred<Result<number>>();
    const load = vi.fn<() => Promise<Result<number>>>().mockResolvedValueOnce(ok(1)).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useBridgeQuery(load));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ status: 'ready', value: 1 });
    await act(async () => second.resolve(ok(2)));
    expect(result.current).toMatchObject({ status: 'ready', value: 2 });
  });

  it('drops the answer to a question that is no longer asked', async () => {
    const slow = deferred<Result<string>>();
    const loadA = () => slow.promise;
    const loadB = async () => ok('b');
    const { result, rerender } = renderHook(({ load }) => useBridgeQuery(load), { initialProps: { load: loadA } });
    rerender({ load: loadB });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 'b' }));
    await act(async () => slow.resolve(ok('a')));
    expect(result.current).toMatchObject({ status: 'ready', value: 'b' });
  });

  it('turns a transport failure into an error state', async () => {
    const load = () => Promise.reject(new Error('connection refused'));
    const { result } = renderHook(() => useBridgeQuery(load));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.status === 'error' && result.current.error.message).toContain('connection refused');
  });
});
