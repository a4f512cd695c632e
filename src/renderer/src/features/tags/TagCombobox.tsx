import { useId, useState, type KeyboardEvent } from 'react';
import type { TagNode } from '../../../../shared/model/tag';
import { chooseTag, suggestTags } from './tagSuggestions';

interface TagComboboxProps {
  /** Every tag of the library, flattened; each shows how many articles its branch holds. */
  tags: readonly TagNode[];
  /** The tags already on the articles: not suggested again. */
  carried: readonly string[];
  /** Why the last name was refused, shown under the field. */
  error: string | null;
  onError: (message: string | null) => void;
  /** Adds the chosen tag; resolves true when it was added, so the field can empty. */
  onAdd: (name: string) => Promise<boolean>;
}

/** A field that suggests tags as one types (matching anywhere in the name) and adds one on Enter. */
export function TagCombobox({ tags, carried, error, onError, onAdd }: TagComboboxProps) {
  const [text, setText] = useState('');
  const [highlighted, setHighlighted] = useState(-1);
  const ids = { input: useId(), list: useId(), error: useId() };
  const suggestions = text.trim() === '' ? [] : suggestTags(tags, text, carried);
  const optionId = (index: number) => `${ids.list}-${index}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the typed text itself, so one can step back to creating it.
      setHighlighted((index) => ((index + 1 + step + suggestions.length + 1) % (suggestions.length + 1)) - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = chooseTag(text, suggestions, highlighted);
      if ('problem' in choice) return onError(choice.problem);
      void onAdd(choice.name).then((added) => {
        if (!added) return;
        setText('');
        setHighlighted(-1);
      });
    }
  };

  return (
    <div className="tag-combobox">
      <label htmlFor={ids.input}>Add a tag</label>
      <input
        id={ids.input}
        className="control tag-combobox__input"
        role="combobox"
        autoComplete="off"
        aria-expanded={suggestions.length > 0}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        placeholder="Type to find or create, e.g. ukraine/ceasefire"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setHighlighted(-1);
          onError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={ids.list} className="tag-combobox__list" role="listbox" aria-label="Matching tags" hidden={suggestions.length === 0}>
        {suggestions.map((tag, index) => (
          <li
            key={tag.name}
            id={optionId(index)}
            role="option"
            aria-selected={index === highlighted}
            className="tag-combobox__option"
            // Pointer down would take the focus from the field before the click lands.
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => void onAdd(tag.name).then((added) => added && setText(''))}
          >
            <span>{tag.name}</span>
            <span className="tag-combobox__count">{tag.total.toLocaleString()}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p id={ids.error} className="tag-combobox__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
