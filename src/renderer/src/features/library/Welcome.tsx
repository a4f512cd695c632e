import { SAVE_SHORTCUT } from '../../lib/shortcut';
import { ImportButton } from '../import/ImportButton';
import './Welcome.css';

interface WelcomeProps {
  libraryPath: string | null;
  onSave: () => void;
}

/** The first screen of an empty library: what the app is for, and every way to save the first article. */
export function Welcome({ libraryPath, onSave }: WelcomeProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome__title">
        Your library is empty
      </h2>
      <p>
        News Archive keeps the articles you save on this computer, so you can read them later, offline, without ads
        or trackers.
      </p>
      <p className="welcome__action">
        <button type="button" className="button button--primary" onClick={onSave}>
          Save your first article
        </button>
        <ImportButton className="button" />
      </p>
      <ul className="welcome__ways">
        <li>
          Press <kbd>{SAVE_SHORTCUT.label}</kbd> and type or paste a web address, or choose saved pages.
        </li>
        <li>Paste a link, or the text of an article, anywhere on this page.</li>
        <li>Drop a link, a saved web page (.html, .mhtml) or a text file (.txt, .md) onto the window.</li>
      </ul>
      <p>From the command line:</p>
      <pre className="welcome__command">
        <code>news-archive add &lt;url&gt;</code>
      </pre>
      {libraryPath && (
        <p className="welcome__path">
          This library lives in <code>{libraryPath}</code>
        </p>
      )}
    </section>
  );
}
