import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { useCapture } from '../../../../src/renderer/src/features/capture/useCapture';
import { createFakeApi, deferred, ok, withApi } from '../fakeApi';
import { captureJob } from '../../../support/captureJob';

afterEach(cleanup);

const states = (jobs: ReadonlyArray<{ id: string; state: string }>) => jobs.map(({ id, state }) => `${id}:${state}`);

describe('useCapture', () => {
  it('starts from the running saves and follows their progress', async () => {
    const fake = createFakeApi({ capture: { jobs: async () => ok([captureJob({ id: 'a', state: 'fetching' })]) } });
    const { result } = renderHook(useCapture, { wrapper: withApi(fake.api) });
    await waitFor(() => expect(states(result.current.jobs)).toEqual(['a:fetching']));
    act(() => fake.emit('onCaptureProgress', captureJob({ id: 'a', state: 'images', images: { done: 1, total: 3 } })));
    expect(result.current.jobs[0]?.images).toEqual({ done: 1, total: 3 });
  });

  it('never lets a late answer take a finished save back to running', async () => {
    const answer = deferred<ReturnType<typeof ok<ReturnType<typeof captureJob>>>>();
    const start = vi.fn<Api['capture']['start']>(() => answer.promise);
    const fake = createFakeApi({ capture: { jobs: async () => ok([]), start } });
    const { result } = renderHook(useCapture, { wrapper: withApi(fake.api) });
    let started!: Promise<unknown>;
    act(() => void (started = result.current.start({ kind: 'url', url: 'https://news.example/a' })));
    act(() => fake.emit('onCaptureProgress', captureJob({ id: 'a', state: 'done', finishedAt: '2025-03-18T09:31:00.000Z' })));
    await act(async () => {
      answer.resolve(ok(captureJob({ id: 'a', state: 'queued' })));
      await started;
    });
    expect(start).toHaveBeenCalledWith({ input: { kind: 'url', url: 'https://news.example/a' } });
    expect(states(result.current.jobs)).toEqual(['a:done']);
  });

  it('shows refused items and saves that could not start among the saves, until dismissed', async () => {
    const start = vi.fn<Api['capture']['start']>(async () => ({ ok: false, error: { code: 'invalid-input', message: 'That text is too long to save.' } }));
    const fake = createFakeApi({ capture: { jobs: async () => ok([]), start } });
    const { result } = renderHook(useCapture, { wrapper: withApi(fake.api) });
    act(() =>
      result.current.saveAll({
        inputs: [{ kind: 'text', text: 'Long text', format: 'text' }],
        refused: [{ label: 'photo.jpg', message: '“photo.jpg” can’t be saved.' }],
      }),
    );
    await waitFor(() => expect(result.current.jobs).toHaveLength(2));
    expect(result.current.jobs.map(({ label, state, error }) => [label, state, error?.message])).toEqual([
      ['photo.jpg', 'failed', '“photo.jpg” can’t be saved.'],
      ['Pasted text', 'failed', 'That text is too long to save.'],
    ]);
    act(() => result.current.dismiss(result.current.jobs[0]!.id));
    expect(result.current.jobs.map(({ label }) => label)).toEqual(['Pasted text']);
  });

  it('asks the service to cancel, and shows the outcome when it reports it', async () => {
    const cancel = vi.fn<Api['capture']['cancel']>(async () => ok(null));
    const fake = createFakeApi({ capture: { jobs: async () => ok([captureJob({ id: 'slow', state: 'fetching' })]), cancel } });
    const { result } = renderHook(useCapture, { wrapper: withApi(fake.api) });
    await waitFor(() => expect(result.current.jobs).toHaveLength(1));
    act(() => result.current.cancel('slow'));
    expect(cancel).toHaveBeenCalledWith({ jobId: 'slow' });
    act(() => fake.emit('onCaptureProgress', captureJob({ id: 'slow', state: 'cancelled' })));
    expect(states(result.current.jobs)).toEqual(['slow:cancelled']);
  });

  it('stops listening when unmounted', async () => {
    const fake = createFakeApi({ capture: { jobs: async () => ok([]) } });
    const { unmount } = renderHook(useCapture, { wrapper: withApi(fake.api) });
    expect(fake.listenerCount('onCaptureProgress')).toBe(1);
    unmount();
    expect(fake.listenerCount('onCaptureProgress')).toBe(0);
  });
});
