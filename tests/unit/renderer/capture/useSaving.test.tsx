import { act, cleanup, fireEvent, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { useSaving } from '../../../../src/renderer/src/features/capture/useSaving';
import { createFakeApi, ok, withApi } from '../fakeApi';
import { captureJob } from '../../../support/captureJob';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

function setup() {
  const start = vi.fn<Api['capture']['start']>(async () => ok(captureJob({ id: 'a' })));
  const fake = createFakeApi({ capture: { jobs: async () => ok([]), start } });
  const hook = renderHook(useSaving, { wrapper: withApi(fake.api) });
  return { start, result: hook.result };
}

const field = () => document.body.appendChild(document.createElement('input'));

/** A paste of `text` on `target`, as the browser fires it (jsdom's ClipboardEvent carries no data). */
function paste(target: EventTarget, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const clipboardData = { files: [], types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? text : '') };
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  act(() => void target.dispatchEvent(event));
  return event;
}

describe('useSaving', () => {
  it('opens the Save dialog with Ctrl/⌘+S, but not while typing in a field', () => {
    const { result } = setup();
    fireEvent.keyDown(field(), { key: 's', ctrlKey: true, metaKey: true });
    expect(result.current.dialogOpen).toBe(false);
    fireEvent.keyDown(document.body, { key: 's', ctrlKey: true, metaKey: true });
    expect(result.current.dialogOpen).toBe(true);
    act(() => result.current.closeDialog());
    expect(result.current.dialogOpen).toBe(false);
  });

  it('saves a link pasted anywhere but in a field', async () => {
    const { start } = setup();
    const inField = paste(field(), 'https://news.example/ignored');
    expect(inField.defaultPrevented).toBe(false);
    const onPage = paste(document.body, 'https://news.example/story');
    expect(onPage.defaultPrevented).toBe(true);
    await waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    expect(start).toHaveBeenCalledWith({ input: { kind: 'url', url: 'https://news.example/story' } });
  });

  it('leaves pastes to the Save dialog while it is open', async () => {
    const { start, result } = setup();
    act(() => result.current.openDialog());
    expect(paste(document.body, 'https://news.example/story').defaultPrevented).toBe(false);
    await Promise.resolve();
    expect(start).not.toHaveBeenCalled();
  });
});
