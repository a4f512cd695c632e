import type { TagFilterValue } from './TagFilter';

interface ActiveTagFilterProps {
  value: TagFilterValue;
  onChange: (value: TagFilterValue) => void;
}

/** The tags the list is filtered by, as chips that each take one off, and a Clear for all of them. */
export function ActiveTagFilter({ value, onChange }: ActiveTagFilterProps) {
  if (value.tags.length === 0) return null;
  return (
    <p className="list-controls__filter active-tag-filter">
      <span>{value.tags.length > 1 && value.tagMode === 'all' ? 'Tagged all of' : 'Tagged'}</span>
      {value.tags.map((tag) => (
        <button
          key={tag}
          type="button"
          className="button button--small button--quiet active-tag-filter__tag"
          aria-label={`Stop filtering by ${tag}`}
          onClick={() => onChange({ ...value, tags: value.tags.filter((other) => other !== tag) })}
        >
          <strong>{tag}</strong> <span aria-hidden="true">✕</span>
        </button>
      ))}
      <button type="button" className="button button--small button--quiet" aria-label="Clear the tag filter" onClick={() => onChange({ ...value, tags: [] })}>
        Clear
      </button>
    </p>
  );
}
