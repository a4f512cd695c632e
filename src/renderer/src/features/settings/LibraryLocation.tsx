import { useLibraryMove } from './useLibraryMove';
import './LibraryLocation.css';

interface LibraryLocationProps {
  /** Null while the library's details load. */
  path: string | null;
  /** The library now lives elsewhere: its details are worth reading again. */
  onMoved: () => void;
}

/** Where the library lives, a way to see it in the file manager, and "Move library…". */
export function LibraryLocation({ path, onMoved }: LibraryLocationProps) {
  const { state, move, showInFolder } = useLibraryMove(onMoved);
  const moving = state.step === 'moving';
  return (
    <section className="library-location" aria-labelledby="library-location-title" aria-busy={moving}>
      <h3 id="library-location-title" className="library-location__title">
        Library location
      </h3>
      <p className="library-location__path">
        <code>{path ?? '…'}</code>
      </p>
      <p className="library-location__actions">
        <button type="button" className="button" onClick={showInFolder} disabled={!path}>
          Show in folder
        </button>
        <button type="button" className="button" onClick={move} disabled={!path || moving}>
          {moving ? 'Moving…' : 'Move library…'}
        </button>
      </p>
      <p className="library-location__status" role="status">
        {moving && `Copying the library to ${state.to} and checking every file…`}
        {state.step === 'moved' &&
          `The library now lives in ${state.path}. The old folder, ${state.previous}, was left as it was: delete it once you no longer need it.`}
      </p>
      {state.step === 'failed' && (
        <p className="library-location__error" role="alert">
          The library was not moved: {state.message}
        </p>
      )}
    </section>
  );
}
