import type { TagColor } from '../../../../shared/model/tag';
import './TagDot.css';

/** A tag's colour as a small dot beside its name (the name itself stays in the text colour, for contrast). */
export function TagDot({ color }: { color: TagColor | null }) {
  return color ? <span className={`tag-dot tag-dot--${color}`} aria-hidden="true" /> : null;
}
