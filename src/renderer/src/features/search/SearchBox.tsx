import { useId, type KeyboardEvent, type RefObject } from 'react';
import { SEARCH_QUERY_MAX } from '../../../../shared/model/search';
import type { AppErrorInfo } from '../../../../shared/ipc/result';
import { SearchTips } from './SearchTips';
import './SearchBox.css';

interface SearchBoxProps {
  text: string;
  onText: (text: string) => void;
  /** Enter: search now, without waiting for typing to pause. */
  onRun: () => void;
  /** ↓: on to the results. */
  onDown: () => void;
  /** Why the latest search was refused, said under the box. */
  problem: AppErrorInfo | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The library's one search box. Esc clears it, and a second Esc leaves it; ↓ moves into the
 * results; a refused query's message shows under it, announced without taking the focus.
 */
export function SearchBox({ text, onText, onRun, onDown, problem, inputRef }: SearchBoxProps) {
  const inputId = useId();
  const problemId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (text !== '') onText('');
      else event.currentTarget.blur();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onDown();
    } else if (event.key === 'Enter') onRun();
  };

  return (
    <div className="search-box" role="search">
      <label className="visually-hidden" htmlFor={inputId}>
        Search the library
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        className="control search-box__input"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_QUERY_MAX}
        aria-keyshortcuts="/"
        aria-invalid={problem !== null}
        aria-describedby={problemId}
        value={text}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__key" aria-hidden="true" hidden={text !== ''}>
        /
      </kbd>
      <SearchTips
        onExample={(example) => {
          onText(example);
          inputRef.current?.focus();
        }}
      />
      <p id={problemId} className="search-box__problem" role="status">
        {problem?.message}
      </p>
    </div>
  );
}
