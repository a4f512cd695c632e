import './DropOverlay.css';

/** Shown while something is dragged over the window: where it will go, and what is accepted. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__target">
        <p className="drop-overlay__title">Drop to save</p>
        <p className="drop-overlay__detail">Links, web pages (.html, .htm, .mhtml, .mht) and text files (.txt, .md)</p>
      </div>
    </div>
  );
}
