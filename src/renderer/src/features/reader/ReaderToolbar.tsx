import type { ReactNode } from 'react';
import { ActionButton } from './ActionButton';

interface ReaderToolbarProps {
  onBack: () => void;
  /** What to do with the open article and how to show it. */
  children?: ReactNode;
}

/** The reader's row of controls: back to the library first, then the article's. */
export function ReaderToolbar({ onBack, children }: ReaderToolbarProps) {
  return (
    <nav className="reader-toolbar" aria-label="Reader">
      <ActionButton id="back" glyph="←" label="Library" onClick={onBack} />
      {children}
    </nav>
  );
}
