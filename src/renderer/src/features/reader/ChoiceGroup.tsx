import type { CSSProperties } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Shows the option as what it does (a typeface in its own face). */
  style?: CSSProperties;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  onChange: (value: T) => void;
}

/** One of a few options as a row of segments: native radio buttons, so arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="choice-group">
      <legend className="reading-settings__label">{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice-group__option" style={choice.style}>
            <input
              type="radio"
              className="choice-group__input"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
