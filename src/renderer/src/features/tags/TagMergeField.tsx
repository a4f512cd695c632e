import { useState } from 'react';

interface TagMergeFieldProps {
  name: string;
  /** The tags it can go into: every other one. */
  others: readonly string[];
  onMerge: (into: string) => void;
  onCancel: () => void;
}

/** Chooses the tag this one merges into. */
export function TagMergeField({ name, others, onMerge, onCancel }: TagMergeFieldProps) {
  const [into, setInto] = useState(others[0] ?? '');
  return (
    <form
      className="manage-tags__form"
      onSubmit={(event) => {
        event.preventDefault();
        onMerge(into);
      }}
    >
      <select className="control" aria-label={`Merge ${name} into`} value={into} autoFocus onChange={(event) => setInto(event.target.value)}>
        {others.map((other) => (
          <option key={other}>{other}</option>
        ))}
      </select>
      <button type="submit" className="button button--small button--primary" disabled={into === ''}>
        Merge
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
