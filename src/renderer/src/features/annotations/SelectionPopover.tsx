import type { HighlightColor } from '../../../../shared/model/annotation';
import { ColorChoices } from './ColorChoices';
import { FloatingBox } from './FloatingBox';
import type { PageBox } from './pagePlace';

interface SelectionPopoverProps {
  under: PageBox;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
}

/** At selected text: highlight it in one of the colours, or highlight it and write a note. */
export function SelectionPopover({ under, onHighlight, onAddNote }: SelectionPopoverProps) {
  return (
    <FloatingBox under={under} role="toolbar" label="Highlight the selection">
      <ColorChoices labelOf={(color) => `Highlight in ${color.toLowerCase()}`} onChoose={onHighlight} />
      <button type="button" className="button button--small button--quiet" onClick={onAddNote}>
        Add note
      </button>
    </FloatingBox>
  );
}
