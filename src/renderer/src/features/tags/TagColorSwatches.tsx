import { TagColorSchema, type TagColor } from '../../../../shared/model/tag';
import { TagDot } from './TagDot';

interface TagColorSwatchesProps {
  name: string;
  color: TagColor | null;
  onChoose: (color: TagColor | null) => void;
}

const label = (color: TagColor) => color[0]!.toUpperCase() + color.slice(1);

/** The palette as named buttons, the tag's own colour pressed. */
export function TagColorSwatches({ name, color, onChoose }: TagColorSwatchesProps) {
  return (
    <div className="manage-tags__swatches" role="group" aria-label={`Colour of ${name}`}>
      {TagColorSchema.options.map((option) => (
        <button key={option} type="button" className="manage-tags__swatch" aria-pressed={color === option} onClick={() => onChoose(option)}>
          <TagDot color={option} />
          {label(option)}
        </button>
      ))}
      <button type="button" className="manage-tags__swatch" aria-pressed={color === null} onClick={() => onChoose(null)}>
        None
      </button>
    </div>
  );
}
