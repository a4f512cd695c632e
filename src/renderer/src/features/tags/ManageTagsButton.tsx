interface ManageTagsButtonProps {
  className: string;
  /** Closes the panel the button sits in, if it sits in one. */
  close?: () => void;
  onManage: () => void;
}

/** The "Manage tags…" button of a panel (the tag filter, the Settings menu): closes the panel, then opens the dialog. */
export function ManageTagsButton({ className, close, onManage }: ManageTagsButtonProps) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        close?.();
        onManage();
      }}
    >
      Manage tags…
    </button>
  );
}
