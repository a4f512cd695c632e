import { useId } from 'react';

export type Direction = 'asc' | 'desc';

/** A sort key as the sort control names it, and which way it reads naturally first. */
export interface SortOption<Key extends string> {
  key: Key;
  label: string;
  firstDirection: Direction;
}

interface SortControlProps<Key extends string> {
  options: readonly SortOption<Key>[];
  sort: Key;
  direction: Direction;
  /** How a direction reads for a key ("Newest first"); null for a key read one way only (relevance). */
  directionLabel: (key: Key, direction: Direction) => string | null;
  onSort: (sort: Key, direction: Direction) => void;
}

/** "Sort by" and, beside it, the button that turns the order round. */
export function SortControl<Key extends string>({ options, sort, direction, directionLabel, onSort }: SortControlProps<Key>) {
  const sortId = useId();
  const other = direction === 'asc' ? 'desc' : 'asc';
  const label = directionLabel(sort, direction);
  return (
    <>
      <span className="list-controls__field">
        <label htmlFor={sortId}>Sort by</label>
        <select
          className="control"
          id={sortId}
          value={sort}
          onChange={(event) => {
            const option = options.find(({ key }) => key === event.target.value);
            if (option) onSort(option.key, option.firstDirection);
          }}
        >
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </span>
      {label !== null && (
        <button
          type="button"
          className="button button--small list-controls__direction"
          aria-label={`${label}; change to ${directionLabel(sort, other)?.toLowerCase()}`}
          onClick={() => onSort(sort, other)}
        >
          <span aria-hidden="true">{direction === 'asc' ? '↑' : '↓'}</span> {label}
        </button>
      )}
    </>
  );
}
