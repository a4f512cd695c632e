import { useImports } from './ImportContext';

interface ImportButtonProps {
  className: string;
  /** Runs first, e.g. to close the menu the button is in. */
  beforeOpen?: () => void;
}

/** "Import from Pocket, Instapaper…": opens the Import dialog; nothing outside the app's ImportProvider. */
export function ImportButton({ className, beforeOpen }: ImportButtonProps) {
  const imports = useImports();
  if (!imports) return null;
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        beforeOpen?.();
        imports.openDialog();
      }}
    >
      Import from Pocket, Instapaper…
    </button>
  );
}
