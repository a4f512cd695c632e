import { Icon } from '../../components/Icon/Icon';
import { SAVE_SHORTCUT } from '../../lib/shortcut';

/** The header's Save entry point; its tooltip and aria-keyshortcuts tell of the shortcut. */
export function SaveButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      className="button button--primary save-button"
      title={`Save an article (${SAVE_SHORTCUT.label})`}
      aria-keyshortcuts={SAVE_SHORTCUT.aria}
      onClick={onClick}
    >
      <Icon name="plus" />
      Save
    </button>
  );
}
