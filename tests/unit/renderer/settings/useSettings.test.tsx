import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../src/shared/ipc/result';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../../src/shared/model/settings';
import { useSettings } from '../../../../src/renderer/src/features/settings/useSettings';
import { createFakeApi, deferred, ok, withApi } from '../fakeApi';

function setUp() {
  const answers: Array<{ patch: SettingsPatch; answer: ReturnType<typeof deferred<Result<Settings>>> }> = [];
  const fake = createFakeApi({
    settings: {
      get: async () => ok(DEFAULT_SETTINGS),
      update: (patch) => {
        const answer = deferred<Result<Settings>>();
        answers.push({ patch: patch as SettingsPatch, answer });
        return answer.promise;
      },
    },
  });
  const hook = renderHook(() => useSettings(), { wrapper: withApi(fake.api) });
  return { ...fake, hook, answers };
}

const valueOf = ({ hook }: ReturnType<typeof setUp>) => (hook.result.current.status === 'ready' ? hook.result.current.value : null);

describe('useSettings', () => {
  it('shows a change at once, and a newer change is not undone by the answer to an older one', async () => {
    const setup = setUp();
    await waitFor(() => expect(valueOf(setup)?.fontSize).toBe(19));
    let first!: Promise<unknown>;
    act(() => {
      first = setup.hook.result.current.update({ fontSize: 20 });
      void setup.hook.result.current.update({ fontSize: 21 });
    });
    expect(valueOf(setup)?.fontSize).toBe(21);
    await act(async () => {
      setup.answers[0]!.answer.resolve(ok({ ...DEFAULT_SETTINGS, fontSize: 20 }));
      await first;
    });
    expect(valueOf(setup)?.fontSize).toBe(21);
    await act(async () => setup.answers[1]!.answer.resolve(ok({ ...DEFAULT_SETTINGS, fontSize: 21 })));
    expect(valueOf(setup)?.fontSize).toBe(21);
  });

  it('takes a change back that was not saved, and says why', async () => {
    const setup = setUp();
    await waitFor(() => expect(valueOf(setup)).not.toBeNull());
    act(() => void setup.hook.result.current.update({ readerFont: 'dyslexic' }));
    expect(valueOf(setup)?.readerFont).toBe('dyslexic');
    await act(async () => setup.answers[0]!.answer.resolve({ ok: false, error: { code: 'storage-failure', message: 'The disk is full.' } }));
    expect(valueOf(setup)?.readerFont).toBe('serif');
    expect(setup.hook.result.current.failure).toBe('The disk is full.');
  });

  it('follows changes made elsewhere', async () => {
    const setup = setUp();
    await waitFor(() => expect(valueOf(setup)).not.toBeNull());
    act(() => setup.emit('onSettingsChanged', { ...DEFAULT_SETTINGS, theme: 'dark' }));
    expect(valueOf(setup)?.theme).toBe('dark');
  });
});
