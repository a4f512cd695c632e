import { keyLabel, SHORTCUTS, type ShortcutId } from '../shortcuts/shortcuts';

interface ActionButtonProps {
  /** The shortcut that does the same, shown beside the label. */
  id: ShortcutId;
  label: string;
  /** A sign before the label, for the eye only. */
  glyph?: string;
  /** For toggles (star, archive): the label stays, the state is pressed or not. */
  pressed?: boolean;
  onClick: () => void;
}

const keysOf = (id: ShortcutId) => SHORTCUTS.find((shortcut) => shortcut.id === id)!.keys.map(keyLabel);

/** A reader button with its key shown beside the label (and in its tooltip, for when the row is too narrow to show it), announced to screen readers. */
export function ActionButton({ id, label, glyph, pressed, onClick }: ActionButtonProps) {
  const keys = keysOf(id);
  return (
    <button
      type="button"
      className="button button--quiet reader-action"
      aria-pressed={pressed}
      aria-keyshortcuts={keys.join(' ')}
      title={`Key: ${keys.join(' or ')}`}
      onClick={onClick}
    >
      {glyph && <span aria-hidden="true">{glyph} </span>}
      {label}
      <kbd className="key reader-action__key" aria-hidden="true">
        {keys[0]}
      </kbd>
    </button>
  );
}
