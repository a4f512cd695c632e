import type { Handlers } from '../../shared/ipc/contract';
import { AppError, fail } from '../../shared/ipc/result';
import { switchLibrary } from '../core/library/move/switchLibrary';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import { openLibrarySession, type LibrarySession } from './librarySession';

export interface LibraryHostOptions {
  /** The library to open first. */
  dir: string;
  /** The channels over a session; `move` is how the library:move channel moves it. */
  handlersFor: (session: LibrarySession, move: (to: string) => Promise<{ path: string; previous: string }>) => Handlers;
  /** Connects a freshly opened session to the window (events, asset protocol). */
  connect: (session: LibrarySession) => void;
  /** Records where the library now lives, so the next start opens it there. */
  remember: (dir: string) => Promise<void>;
  openSession?: (dir: string) => Promise<LibrarySession>;
}

/** The app's open library, which a move replaces; calls always reach the library open now. */
export interface LibraryHost {
  current(): LibrarySession;
  dispatch: Dispatch;
  /** Moves the library (see switchLibrary); on failure the original is open again. */
  move(to: string): Promise<{ path: string; previous: string }>;
  close(): Promise<void>;
}

export async function startLibraryHost({ dir, handlersFor, connect, remember, openSession = openLibrarySession }: LibraryHostOptions): Promise<LibraryHost> {
  let session: LibrarySession;
  let dispatch: Dispatch;
  let moving = false;
  const open = async (at: string) => {
    session = await openSession(at);
    dispatch = createDispatcher(handlersFor(session, move));
    connect(session);
  };
  const move = async (to: string) => {
    if (moving) throw new AppError('busy', 'The library is already moving.');
    moving = true;
    const previous = session.library.dir;
    try {
      await switchLibrary({ from: previous, to, closeCurrent: () => session.close(), open });
      await remember(session.library.dir);
      return { path: session.library.dir, previous };
    } finally {
      moving = false;
    }
  };
  await open(dir);
  return {
    current: () => session,
    // While the library is closed for its move, calls are refused rather than sent to a closed library.
    dispatch: async (channel, input) => (moving && channel !== 'library:move' ? fail('busy', 'The library is moving; try again in a moment.') : dispatch(channel, input)),
    move,
    close: () => session.close(),
  };
}
