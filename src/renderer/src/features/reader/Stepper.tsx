import { useId } from 'react';

interface StepperProps {
  label: string;
  /** The current value as people read it ("19 px"). */
  shown: string;
  lessLabel: string;
  moreLabel: string;
  onLess: (() => void) | undefined;
  onMore: (() => void) | undefined;
}

/** A value with − and + beside it. A step past the bounds is marked unavailable, not disabled, so focus stays on it. */
export function Stepper({ label, shown, lessLabel, moreLabel, onLess, onMore }: StepperProps) {
  const labelId = useId();
  return (
    <div className="stepper" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="reading-settings__label">
        {label}
      </span>
      <div className="stepper__controls">
        <button type="button" className="button stepper__button" aria-label={lessLabel} aria-disabled={!onLess} onClick={onLess}>
          −
        </button>
        <output className="stepper__value" aria-live="polite">
          {shown}
        </output>
        <button type="button" className="button stepper__button" aria-label={moreLabel} aria-disabled={!onMore} onClick={onMore}>
          +
        </button>
      </div>
    </div>
  );
}
