import './LoadingState.css';

/** A calm stand-in while the library answers; announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <p className="loading-state" role="status" aria-live="polite">
      {label}
    </p>
  );
}
