import { useId, useState } from 'react';
import type { TagMode } from '../../../../shared/model/articleQuery';
import { Popover } from '../../components/Popover/Popover';
import { countArticles } from '../library/articleActions';
import { ManageTagsButton } from './ManageTagsButton';
import { TagDot } from './TagDot';
import type { TagRow } from './tagRows';
import './TagFilter.css';

export interface TagFilterValue {
  tags: string[];
  tagMode: TagMode;
}

interface TagFilterProps {
  rows: readonly TagRow[];
  value: TagFilterValue;
  onChange: (value: TagFilterValue) => void;
  /** Opens the "Manage tags" dialog. */
  onManage: () => void;
  /** Hides the any/all choice, for a list that only asks for any of the tags (the Highlights view). */
  anyOnly?: boolean;
}

const toggled = (tags: readonly string[], name: string): string[] =>
  tags.includes(name) ? tags.filter((tag) => tag !== name) : [...tags, name];

/**
 * The "Tags" button of the list controls and its panel: tick tags, choose any or all of them, then
 * Apply. The choice is applied at once rather than per tick because a new filter starts a new list.
 */
export function TagFilter({ rows, value, onChange, onManage, anyOnly = false }: TagFilterProps) {
  const [draft, setDraft] = useState(value);
  const modeName = useId();
  const count = value.tags.length;
  return (
    <Popover block="tag-filter" label="Filter by tags" button={count > 0 ? `Tags (${count})` : 'Tags'}>
      {(close) => (
        <>
          {rows.length === 0 ? (
            <p className="tag-filter__none">No tags yet. Select articles and press T to tag them.</p>
          ) : (
            <form
              className="tag-filter__form"
              onSubmit={(event) => {
                event.preventDefault();
                close();
                onChange(draft);
              }}
            >
              <fieldset className="tag-filter__tags">
                <legend className="visually-hidden">Tags</legend>
                {rows.map((row) => (
                  <label key={row.name} className="tag-filter__tag" style={{ paddingInlineStart: `${row.depth * 1.1 + 0.4}rem` }}>
                    <input type="checkbox" checked={draft.tags.includes(row.name)} onChange={() => setDraft({ ...draft, tags: toggled(draft.tags, row.name) })} />
                    <TagDot color={row.color} />
                    <span className="tag-filter__name" title={row.name}>
                      {row.label}
                    </span>
                    <span className="tag-filter__count" aria-label={countArticles(row.total)}>
                      {row.total.toLocaleString()}
                    </span>
                  </label>
                ))}
              </fieldset>
              {!anyOnly && (
                <fieldset className="tag-filter__mode">
                  <legend>Show articles with</legend>
                  {(['any', 'all'] as const).map((mode) => (
                    <label key={mode}>
                      <input type="radio" name={modeName} checked={draft.tagMode === mode} onChange={() => setDraft({ ...draft, tagMode: mode })} />
                      {mode === 'any' ? 'Any of these tags' : 'All of these tags'}
                    </label>
                  ))}
                </fieldset>
              )}
              <button type="submit" className="button button--primary">
                Apply
              </button>
            </form>
          )}
          <ManageTagsButton className="button button--quiet tag-filter__manage" close={close} onManage={onManage} />
        </>
      )}
    </Popover>
  );
}
