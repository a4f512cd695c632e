import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLibraryHost } from '../../../../src/main/lifecycle/libraryHost';
import type { LibrarySession } from '../../../../src/main/lifecycle/librarySession';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import type { Library } from '../../../../src/main/core/library/library';
import { fakeLibrary } from '../../../support/fakeLibrary';
import { handlerDeps } from '../../../support/handlerDeps';
import { makeTempDir, seedLibrary } from '../core/support/fixtures';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** Sessions over fake libraries that know their folder; the folders themselves are real. */
function sessions() {
  const opened: string[] = [];
  const openSession = async (dir: string): Promise<LibrarySession> => {
    opened.push(dir);
    const library: Library = { ...fakeLibrary(), dir };
    return { library, capture: handlerDeps().capture, imports: handlerDeps().imports, close: vi.fn(async () => {}) };
  };
  return { opened, openSession };
}

describe('startLibraryHost', () => {
  it('moves the library, answers from the moved one and remembers where it is', async () => {
    const from = join(root, 'Library');
    await seedLibrary(from, 3);
    const { opened, openSession } = sessions();
    const remember = vi.fn(async () => {});
    const connect = vi.fn();
    const host = await startLibraryHost({
      dir: from,
      openSession,
      connect,
      remember,
      handlersFor: ({ library }, moveLibrary) => createHandlers(handlerDeps({ library, moveLibrary })),
    });
    const to = join(root, 'Moved');
    const moved = await host.dispatch('library:move', { to });
    expect(moved).toEqual({ ok: true, value: { path: to, previous: from } });
    expect(opened).toEqual([from, to]);
    expect(connect).toHaveBeenCalledTimes(2);
    expect(remember).toHaveBeenCalledWith(to);
    expect(await host.dispatch('library:info', undefined)).toMatchObject({ ok: true, value: { path: to } });
  });

  it('refuses other calls while the library is closed for its move, and a second move', async () => {
    const from = join(root, 'Library');
    await seedLibrary(from, 1);
    const { openSession } = sessions();
    const host = await startLibraryHost({
      dir: from,
      openSession,
      connect: () => {},
      remember: async () => {},
      handlersFor: ({ library }, moveLibrary) => createHandlers(handlerDeps({ library, moveLibrary })),
    });
    const moving = host.move(join(root, 'Moved'));
    expect(await host.dispatch('library:info', undefined)).toMatchObject({ ok: false, error: { code: 'busy' } });
    await expect(host.move(join(root, 'Other'))).rejects.toMatchObject({ code: 'busy' });
    await moving;
    expect(await host.dispatch('library:info', undefined)).toMatchObject({ ok: true });
  });
});
