/** A thin bar along the top of the window that fills as the article is read. */
export function ReadingProgressBar({ progress }: { progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="reading-progress__fill" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
