import { SAVE_SHORTCUT } from '../../lib/shortcut';
import { ImportButton } from '../import/ImportButton';
import { useWelcomeActions } from '../welcome/useWelcomeActions';
import './Welcome.css';

interface WelcomeProps {
  libraryPath: string | null;
  onSave: () => void;
}

/**
 * The first screen of an empty library: what the app is for, the three things it does (save, tag,
 * highlight), a sample story to try them on, and every way to save the first article. Closing it
 * keeps it closed; saving anything replaces it with the list.
 */
export function Welcome({ libraryPath, onSave }: WelcomeProps) {
  const { addSample, adding, dismiss, problem } = useWelcomeActions();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <header className="welcome__header">
        <h2 id="welcome-title" className="welcome__title">
          Welcome to News Archive
        </h2>
        <button type="button" className="button button--quiet welcome__dismiss" onClick={dismiss}>
          Close welcome
        </button>
      </header>
      <p className="welcome__lead">
        Save the articles you want to keep. They stay on this computer, ready to read offline, without ads or trackers.
      </p>
      <ol className="welcome__steps">
        <li>
          <h3>Save</h3>
          <p>
            Press <kbd>{SAVE_SHORTCUT.label}</kbd> and type or paste a web address, or choose saved pages. Paste a link, or the
            text of an article, anywhere on this page. Drop a link, a saved web page (.html, .mhtml) or a text file onto the
            window. Or from the command line: <code className="welcome__command">news-archive add &lt;url&gt;</code>
          </p>
        </li>
        <li>
          <h3>Tag</h3>
          <p>
            Press <kbd>t</kbd> on an article to give it tags, such as <em>research/ukraine</em>. The sidebar gathers each tag&apos;s
            articles.
          </p>
        </li>
        <li>
          <h3>Highlight</h3>
          <p>
            While reading, select a passage and press <kbd>h</kbd>. Press <kbd>n</kbd> to see your highlights and write notes; the
            Highlights view collects them all.
          </p>
        </li>
      </ol>
      <p className="welcome__action">
        {addSample && (
          <button type="button" className="button button--primary" onClick={addSample} disabled={adding}>
            {adding ? 'Adding the sample…' : 'Add a sample article'}
          </button>
        )}
        <button type="button" className={addSample ? 'button' : 'button button--primary'} onClick={onSave}>
          Save your first article
        </button>
      </p>
      <p className="welcome__import">
        <span>Coming from another read-it-later app?</span>
        <ImportButton className="button" />
      </p>
      {problem && (
        <p className="welcome__problem" role="alert">
          {problem}
        </p>
      )}
      {libraryPath && (
        <p className="welcome__path">
          This library lives in <code>{libraryPath}</code>. Settings can move it.
        </p>
      )}
    </section>
  );
}
