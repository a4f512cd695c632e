import { describe, expect, it, vi } from 'vitest';
import { eventNames } from '../../../../src/shared/ipc/channels';
import type { Library } from '../../../../src/main/core/library/library';
import { forwardLibraryEvents } from '../../../../src/main/ipc/forwardLibraryEvents';

function fakeLibrary() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const library = {
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as Pick<Library, 'on'>;
  return { library, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload), listeners };
}

describe('forwardLibraryEvents', () => {
  it('sends each library event under its contract event name', () => {
    const { library, emit, listeners } = fakeLibrary();
    const send = vi.fn();
    forwardLibraryEvents(library, send);
    expect([...listeners.keys()].sort()).toEqual(['annotationsChanged', 'articlesChanged', 'notice', 'savedSearchesChanged', 'settingsChanged', 'tagsChanged']);

    emit('articlesChanged', { ids: ['a1'], reason: 'updated' });
    emit('settingsChanged', { theme: 'dark' });
    emit('notice', { kind: 'restored' });
    emit('tagsChanged', null);
    emit('annotationsChanged', { articleIds: ['a1'] });
    emit('savedSearchesChanged', null);
    expect(send.mock.calls).toEqual([
      [eventNames.onArticlesChanged, { ids: ['a1'], reason: 'updated' }],
      [eventNames.onSettingsChanged, { theme: 'dark' }],
      [eventNames.onLibraryNotice, { kind: 'restored' }],
      [eventNames.onTagsChanged, null],
      [eventNames.onAnnotationsChanged, { articleIds: ['a1'] }],
      [eventNames.onSavedSearchesChanged, null],
    ]);
  });
});
