import { useId, useState, type FormEvent } from 'react';
import { SAVED_SEARCH_NAME_MAX } from '../../../../shared/model/search';
import { useApi } from '../../lib/api';
import { usePopover } from '../../lib/usePopover';

/** "Save search": names the search (its query, unless the person says otherwise) and keeps it in the sidebar. */
export function SaveSearchButton({ query }: { query: string }) {
  const { open, toggle, close, rootRef, buttonRef, onKeyDown } = usePopover();
  const panelId = useId();
  return (
    <div ref={rootRef} className="save-search" onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        Save search…
      </button>
      {open && (
        <SaveSearchForm
          id={panelId}
          query={query}
          onDone={() => {
            close();
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function SaveSearchForm({ id, query, onDone }: { id: string; query: string; onDone: () => void }) {
  const api = useApi();
  const [name, setName] = useState(query.trim().slice(0, SAVED_SEARCH_NAME_MAX));
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameId = useId();
  const refusalId = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.search.save({ name, query });
    if (result.ok) onDone();
    else setRefusal(result.error.message);
  };

  return (
    <form id={id} className="popover-panel save-search__panel" aria-label="Save this search" onSubmit={(event) => void save(event)}>
      <label className="save-search__field" htmlFor={nameId}>
        Name
        <input
          id={nameId}
          className="control"
          value={name}
          maxLength={SAVED_SEARCH_NAME_MAX}
          autoFocus
          aria-invalid={refusal !== null}
          aria-describedby={refusalId}
          onChange={(event) => {
            setName(event.target.value);
            setRefusal(null);
          }}
        />
      </label>
      <p id={refusalId} className="save-search__refusal" role="status">
        {refusal}
      </p>
      <div className="save-search__actions">
        <button type="button" className="button button--small button--quiet" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary">
          Save
        </button>
      </div>
    </form>
  );
}
