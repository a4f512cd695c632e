import './LoadingState.css';

/** A calm placeholder while the library answers; announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <p className="loading-state" role="status" aria-live="polite">
      {label}
    </p>
  );
}
