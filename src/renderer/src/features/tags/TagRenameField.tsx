import { useId, useState } from 'react';

interface TagRenameFieldProps {
  name: string;
  error: string | null;
  onRename: (newName: string) => void;
  onCancel: () => void;
}

/** An inline field for a tag's new name: Enter saves, Esc leaves it as it was. */
export function TagRenameField({ name, error, onRename, onCancel }: TagRenameFieldProps) {
  const [value, setValue] = useState(name);
  const errorId = useId();
  return (
    <form
      className="manage-tags__form"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(value);
      }}
    >
      <input
        className="control"
        aria-label={`New name for ${name}`}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={value}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          // Esc ends the renaming, not the whole dialog.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onCancel();
        }}
      />
      <button type="submit" className="button button--small button--primary">
        Rename
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="manage-tags__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
