import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/model/annotation';
import { COLOR_LABELS } from '../annotations/colorLabels';
import '../annotations/ReaderAnnotations.css';

interface ColorTogglesProps {
  /** The colours shown; none means every colour. */
  value: readonly HighlightColor[];
  onChange: (colors: HighlightColor[]) => void;
}

/** The reader's colour swatches, here each showing or hiding one colour's highlights; none pressed shows them all. */
export function ColorToggles({ value, onChange }: ColorTogglesProps) {
  return (
    <div className="color-toggles list-controls__field" role="group" aria-label="Colours">
      <span aria-hidden="true">Colour</span>
      <span className="color-choices">
        {HIGHLIGHT_COLORS.map((color) => {
          const pressed = value.includes(color);
          const label = COLOR_LABELS[color];
          return (
            <button
              key={color}
              type="button"
              className={`color-choice color-choice--${color}`}
              aria-label={label}
              aria-pressed={pressed}
              title={pressed ? `Showing ${label.toLowerCase()} highlights` : `Show ${label.toLowerCase()} highlights`}
              onClick={() => onChange(pressed ? value.filter((other) => other !== color) : [...value, color])}
            />
          );
        })}
      </span>
    </div>
  );
}
