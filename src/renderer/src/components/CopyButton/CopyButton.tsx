import { useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name ("Copy SHA-256 of the text"). */
  what: string;
}

/** Copies `text` to the clipboard and says so for a moment; says so too when the clipboard refuses. */
export function CopyButton({ text, what }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setOutcome('copied'),
      () => setOutcome('refused'),
    );
  return (
    <button type="button" className="button button--small button--quiet" onClick={() => void copy()} onBlur={() => setOutcome(null)}>
      <span aria-live="polite">{outcome === 'copied' ? 'Copied' : outcome === 'refused' ? 'Select and copy' : 'Copy'}</span>
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
