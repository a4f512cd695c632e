import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/model/annotation';
import { COLOR_LABELS } from './colorLabels';

interface ColorChoicesProps {
  /** The colour now in use, shown pressed; none when choosing a colour for new text. */
  current?: HighlightColor;
  /** Names a colour's button for screen readers, e.g. "Highlight in yellow". */
  labelOf: (label: string) => string;
  onChoose: (color: HighlightColor) => void;
}

/** The five highlight colours as a row of swatch buttons. */
export function ColorChoices({ current, labelOf, onChoose }: ColorChoicesProps) {
  return (
    <div className="color-choices">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`color-choice color-choice--${color}`}
          aria-label={labelOf(COLOR_LABELS[color])}
          title={COLOR_LABELS[color]}
          aria-pressed={current === undefined ? undefined : current === color}
          onClick={() => onChoose(color)}
        />
      ))}
    </div>
  );
}
