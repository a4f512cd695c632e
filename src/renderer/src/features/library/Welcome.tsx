import './Welcome.css';

/** The first screen of an empty library: what the app is for and, honestly, when saving arrives. */
export function Welcome({ libraryPath }: { libraryPath: string | null }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome__title">
        Your library is empty
      </h2>
      <p>
        News Archive keeps the articles you save on this computer, so you can read them later, offline, without ads
        or trackers.
      </p>
      <p>
        Saving articles arrives with the next update: from within the app, and from the command line with
      </p>
      <pre className="welcome__command">
        <code>news-archive add &lt;url&gt;</code>
      </pre>
      <p>Saved articles will appear here.</p>
      {libraryPath && (
        <p className="welcome__path">
          This library lives in <code>{libraryPath}</code>
        </p>
      )}
    </section>
  );
}
