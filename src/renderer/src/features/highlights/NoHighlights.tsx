import { keyLabel, SHORTCUTS } from '../shortcuts/shortcuts';

const highlightKey = keyLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'highlight')!.keys[0]);

/** The Highlights view before the first highlight: what it will hold, and how to make one. */
export function NoHighlights() {
  return (
    <section className="no-highlights" aria-labelledby="no-highlights-title">
      <h2 id="no-highlights-title" className="no-highlights__title">
        No highlights yet
      </h2>
      <p>Every passage you highlight, and every note you write, is gathered here from across your library.</p>
      <p>
        To highlight, open an article, select some text and press <kbd className="key">{highlightKey}</kbd>, or choose a
        colour in the small menu that appears by the selection.
      </p>
    </section>
  );
}
